const ATTRIBUTE = 'data-mantine-color-scheme'

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Runs `action` with the page in the light scheme, without remembering it as the user's choice:
 * a printed report is dark text on white paper whatever the window's theme.
 */
export async function inLightScheme<T>(action: () => Promise<T>): Promise<T> {
  const root = document.documentElement
  const previous = root.getAttribute(ATTRIBUTE)
  root.setAttribute(ATTRIBUTE, 'light')
  try {
    // Two frames: styles recalculate, then paint, before the window is printed.
    await nextFrame()
    await nextFrame()
    return await action()
  } finally {
    if (previous) root.setAttribute(ATTRIBUTE, previous)
  }
}
