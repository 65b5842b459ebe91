import type { FileFailure } from '../../shared/ipc/contract'

const reasonByCode: Record<string, FileFailure['reason']> = {
  ENOENT: 'missing-file',
  ENOTDIR: 'missing-file',
  EACCES: 'permission-denied',
  EPERM: 'permission-denied',
  EBUSY: 'in-use',
}

/** A read the system refused, as an answer the renderer can explain; `detail` is the code. */
export function readFailure(fileName: string, error: unknown): FileFailure {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : error instanceof Error
        ? error.message
        : String(error)
  return { ok: false, reason: reasonByCode[code] ?? 'unknown', fileName, detail: code }
}
