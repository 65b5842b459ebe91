import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { contentSecurityPolicy } from '../../src/main/contentSecurityPolicy'
import { resolveRendererFile } from '../../src/main/rendererFiles'

/**
 * Serves the built renderer on loopback the way main's protocol handler does: the same file
 * resolution and the same CSP header. Only the origin differs from the app's own scheme.
 */
export async function startRendererServer(rootDir: string) {
  const server = createServer((request, response) => {
    const file = resolveRendererFile(rootDir, `http://localhost${request.url ?? '/'}`)
    if (!file) return void response.writeHead(404).end('Not found')
    readFile(file.filePath).then(
      (body) =>
        response
          .writeHead(200, {
            'content-type': file.contentType,
            'content-security-policy': contentSecurityPolicy(),
            'x-content-type-options': 'nosniff',
          })
          .end(body),
      () => response.writeHead(404).end('Not found'),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
