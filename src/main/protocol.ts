import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './appOrigin'
import { contentSecurityPolicy } from './contentSecurityPolicy'
import { resolveRendererFile } from './rendererFiles'

/** Must run before `ready`: a standard, secure scheme gets its own origin and IndexedDB. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ])
}

/** Serves the built renderer from the app's own scheme, with the strict CSP as a header. */
export function serveRenderer(rendererDir: string) {
  protocol.handle(APP_SCHEME, async (request) => {
    if (new URL(request.url).host !== APP_HOST) return new Response('Not found', { status: 404 })
    const file = resolveRendererFile(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    try {
      return new Response(await readFile(file.filePath), {
        headers: {
          'content-type': file.contentType,
          'content-security-policy': contentSecurityPolicy(),
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
