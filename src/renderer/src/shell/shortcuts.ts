const isMac = () => navigator.userAgent.includes('Mac')

/** How the command palette's shortcut is written on this platform. */
export const paletteShortcutLabel = () => (isMac() ? '⌘K' : 'Ctrl+K')
