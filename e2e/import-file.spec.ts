import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { Shell } from './pages/Shell'

// A UTF-8 BOM and "Bogotá", then Windows-1252 "é", bytes invalid as UTF-8, a NUL and CRLF.
const payload = new Uint8Array([
  0xef, 0xbb, 0xbf, 0x42, 0x6f, 0x67, 0x6f, 0x74, 0xc3, 0xa1, 0x2c, 0xe9, 0xff, 0xfe, 0x80, 0x00,
  0x0d, 0x0a, 0x7a,
])

test('a chosen file reaches the page by token as the exact bytes on disk', async ({ app }) => {
  const dir = await mkdtemp(join(tmpdir(), 'impact-desk-import-'))
  try {
    const path = join(dir, 'partners é.csv')
    await writeFile(path, payload)
    await new Shell(app.page).ready()

    await app.answerOpenDialog(null)
    expect(await app.page.evaluate(() => window.api.chooseImportFile())).toBeNull()

    await app.answerOpenDialog(path)
    const read = await app.page.evaluate(async () => {
      const file = await window.api.chooseImportFile()
      if (!file) throw new Error('cancelled')
      // Two chunks that split the UTF-8 "á", then one past the end.
      const chunks = await Promise.all(
        [0, 9, file.size].map((offset) => window.api.readImportChunk(file.token, offset, 9)),
      )
      return {
        file,
        chunks: chunks.map((chunk) =>
          chunk.ok
            ? { isUint8Array: chunk.bytes instanceof Uint8Array, bytes: Array.from(chunk.bytes) }
            : chunk,
        ),
      }
    })
    expect(read.file).toEqual({ token: expect.any(String), fileName: 'partners é.csv', size: 19 })
    expect(JSON.stringify(read.file)).not.toContain(dir)
    expect(read.chunks).toEqual([
      { isUint8Array: true, bytes: Array.from(payload.subarray(0, 9)) },
      { isUint8Array: true, bytes: Array.from(payload.subarray(9, 18)) },
      { isUint8Array: true, bytes: [] },
    ])

    await rm(path)
    const token = read.file.token
    expect(
      await app.page.evaluate((t) => window.api.readImportChunk(t, 0, 9), token),
    ).toMatchObject({ ok: false, reason: 'missing-file', fileName: 'partners é.csv' })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
