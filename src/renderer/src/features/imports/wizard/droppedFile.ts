/** A file dropped anywhere on the window, waiting for the import wizard to open it. */
let pending: File | undefined

export function setDroppedFile(file: File) {
  pending = file
}

export function takeDroppedFile(): File | undefined {
  const file = pending
  pending = undefined
  return file
}
