import { extname, resolve, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
}

export type RendererFile = { filePath: string; contentType: string }

/**
 * Maps a request for the renderer to a file of the built renderer. A path without an extension
 * is a route of the app and gets index.html; anything that would leave the folder gets nothing.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): RendererFile | null {
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const root = resolve(rootDir)
  const extension = extname(pathname).toLowerCase()
  if (extension === '')
    return { filePath: resolve(root, 'index.html'), contentType: contentTypes['.html']! }
  const filePath = resolve(root, `.${pathname}`)
  if (!filePath.startsWith(root + sep)) return null
  const contentType = contentTypes[extension]
  return contentType ? { filePath, contentType } : null
}
