import { extname } from 'node:path'
import type { SaveKind } from '../../shared/ipc/contract'

// Characters no file system accepts in a name, plus path separators and control characters.
// eslint-disable-next-line no-control-regex
const unsafe = /[/\\:*?"<>|\u0000-\u001f]+/g

/** The dialog's suggested name: a plain file name with the kind's extension, never a path. */
export function suggestedName(kind: SaveKind, suggestion: string): string {
  const name =
    suggestion
      .replace(unsafe, '-')
      .replace(/^[.\s-]+/, '')
      .trim() || 'export'
  return extname(name).toLowerCase() === `.${kind}` ? name : `${name}.${kind}`
}

/** Linux dialogs do not add the extension; a name typed without one gets the kind's. */
export function withExtension(kind: SaveKind, path: string): string {
  return extname(path) ? path : `${path}.${kind}`
}
