import { basename } from 'node:path'
import type { FileFailure } from '../../shared/ipc/contract'

type Reason = FileFailure['reason']

const reasonByCode: Record<string, Reason> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EROFS: 'read-only',
  ENOENT: 'missing-folder',
  ENOTDIR: 'missing-folder',
  EBUSY: 'in-use',
  ETXTBSY: 'in-use',
}

const explanation: Record<Reason, string> = {
  'disk-full': 'the disk is full',
  'permission-denied': 'permission was denied',
  'read-only': 'the disk is read-only',
  'missing-folder': 'its folder no longer exists',
  'in-use': 'another program is using it',
  // Reasons only reads give; listed so every reason has words.
  'missing-file': 'it no longer exists',
  changed: 'it changed while in use',
  unknown: 'the system refused the write',
}

/** A write that failed: which file, why, and the system's code. The old file is left intact. */
export class FileWriteError extends Error {
  override name = 'FileWriteError'
  constructor(
    readonly target: string,
    readonly reason: Reason,
    readonly code: string,
  ) {
    super(`Could not write ${target}: ${explanation[reason]} (${code})`)
  }

  toFailure(): FileFailure {
    return { ok: false, reason: this.reason, fileName: basename(this.target), detail: this.code }
  }
}

export function toFileWriteError(target: string, error: unknown): FileWriteError {
  if (error instanceof FileWriteError) return error
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : error instanceof Error
        ? error.message
        : String(error)
  return new FileWriteError(target, reasonByCode[code] ?? 'unknown', code)
}
