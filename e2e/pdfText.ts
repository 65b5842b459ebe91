import { inflateSync } from 'node:zlib'

/**
 * Just enough of PDF to check what Chromium printed, without a PDF library: the page count, and
 * the text of the content streams decoded through each font's ToUnicode map. Chromium (Skia)
 * writes text as glyph codes in FlateDecode streams, one `/ToUnicode` CMap per font.
 */
export function readPdf(bytes: Uint8Array): { pages: number; text: string } {
  // latin1 keeps one character per byte, so stream offsets stay byte offsets.
  const source = Buffer.from(bytes).toString('latin1')
  if (!source.startsWith('%PDF-')) throw new Error('Not a PDF: it does not start with %PDF-')

  const objects = new Map<number, { dict: string; stream?: Buffer }>()
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!
    const streamAt = body.search(/stream\r?\n/)
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body })
      continue
    }
    const dict = body.slice(0, streamAt)
    const start = streamAt + body.slice(streamAt).indexOf('\n') + 1
    const end = body.lastIndexOf('endstream')
    let stream = Buffer.from(body.slice(start, end), 'latin1')
    if (/\/FlateDecode/.test(dict)) stream = inflateSync(stream)
    objects.set(Number(match[1]), { dict, stream })
  }

  const pages = [...objects.values()].filter(({ dict }) => /\/Type\s*\/Page(?![a-zA-Z])/.test(dict))

  // Font resource name -> the font's ToUnicode map.
  const cmaps = new Map<string, Map<string, string>>()
  for (const { dict } of objects.values()) {
    for (const fonts of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, name, ref] of fonts[1]!.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)) {
        const font = objects.get(Number(ref))
        const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/)
        const cmap = toUnicode && objects.get(Number(toUnicode[1]))?.stream
        if (cmap) cmaps.set(name!, parseCMap(cmap.toString('latin1')))
      }
    }
  }

  const text: string[] = []
  for (const page of pages) {
    const refs = [
      ...(page.dict.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '').matchAll(/(\d+) 0 R/g),
    ]
    for (const [, ref] of refs) {
      const content = objects.get(Number(ref))?.stream?.toString('latin1') ?? ''
      text.push(showText(content, cmaps))
    }
  }
  return { pages: pages.length, text: text.join('\n') }
}

const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)))

/** Glyph code (hex, as written) -> Unicode text, from bfchar and bfrange sections. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, unicode] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(code!.toUpperCase(), utf16(unicode!))
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, first] of section[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const start = parseInt(lo!, 16)
      const base = parseInt(first!, 16)
      for (let code = start; code <= parseInt(hi!, 16); code++) {
        const key = code.toString(16).toUpperCase().padStart(lo!.length, '0')
        map.set(key, utf16((base + code - start).toString(16).padStart(4, '0')))
      }
    }
  }
  return map
}

/** The text of a content stream's Tj and TJ strings, each font's codes through its map. */
function showText(content: string, cmaps: Map<string, Map<string, string>>): string {
  let cmap: Map<string, string> | undefined
  let out = ''
  for (const token of content.matchAll(
    /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\bT[*dDm]\b|\bET\b/g,
  )) {
    if (token[1] !== undefined) {
      cmap = cmaps.get(token[1])
    } else if (token[2] !== undefined) {
      const hex = token[2].replace(/\s/g, '').toUpperCase()
      const width = cmap?.keys().next().value?.length ?? 4
      for (let i = 0; i < hex.length; i += width) out += cmap?.get(hex.slice(i, i + width)) ?? ''
    } else {
      out += ' '
    }
  }
  return out
}
