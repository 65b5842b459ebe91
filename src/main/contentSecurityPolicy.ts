const strict = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Mantine sets inline style attributes and injects <style> tags for its CSS variables.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
}

/** Vite's dev server needs its inline React Refresh preamble and its websocket; never in a build. */
const devOnly = {
  'script-src': ["'unsafe-inline'"],
  'connect-src': ['ws:', 'http://localhost:*'],
}

type Options = { mode?: 'production' | 'development'; delivery?: 'header' | 'meta' }

/** The page's CSP. A <meta> tag cannot carry frame-ancestors, so that form leaves it out. */
export function contentSecurityPolicy({ mode = 'production', delivery = 'header' }: Options = {}) {
  return Object.entries(strict)
    .filter(([directive]) => delivery === 'header' || directive !== 'frame-ancestors')
    .map(([directive, sources]) => {
      const extra = mode === 'development' ? (devOnly[directive as keyof typeof devOnly] ?? []) : []
      return `${directive} ${[...sources, ...extra].join(' ')}`
    })
    .join('; ')
}
