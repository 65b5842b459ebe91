/** A file to import, read piece by piece: a dropped File, or a file main opened for us. */
export type ImportSource = {
  name: string
  size: number
  read(offset: number, length: number): Promise<Uint8Array>
}

export function sourceFromFile(file: Blob & { name: string }): ImportSource {
  return {
    name: file.name,
    size: file.size,
    read: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  }
}
