const isMac = () => navigator.userAgent.includes('Mac')

/** How a Ctrl/Cmd shortcut is written on this platform: ⌘K on a Mac, Ctrl+K elsewhere. */
export const shortcutLabel = (key: string) => (isMac() ? `⌘${key}` : `Ctrl+${key}`)

export const paletteShortcutLabel = () => shortcutLabel('K')
