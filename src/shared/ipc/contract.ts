import { z } from 'zod'
import { supportedLocales } from '../i18n/locales'
import { backupInfo, backupReason, workspaceMarker, workspaceState } from '../backup/backupFormat'

/**
 * Every channel between the renderer and main, listed once. The preload API, main's
 * registration and the type of `window.api` are all derived from these two tables.
 * Channel names read `area:verb-noun`.
 */

type Arg<N extends string = string, S extends z.ZodType = z.ZodType> = { name: N; schema: S }

const arg = <N extends string, S extends z.ZodType>(name: N, schema: S): Arg<N, S> => ({
  name,
  schema,
})

const invoke = <const A extends readonly Arg[], R extends z.ZodType>(
  channel: string,
  args: A,
  result: R,
) => ({ channel, args, result })

const event = <P extends z.ZodType>(channel: string, payload: P) => ({ channel, payload })

export const themeSource = z.enum(['system', 'light', 'dark'])
export const locale = z.enum(supportedLocales)
export const httpUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
})
export type AppInfo = z.infer<typeof appInfo>

export const menuCommands = [
  'import-csv',
  'export-csv',
  'backups',
  'backup-to',
  'restore-from',
  'toggle-theme',
  'about',
] as const
export const menuCommand = z.enum(menuCommands)
export type MenuCommand = z.infer<typeof menuCommand>

export const saveKinds = ['csv', 'pdf'] as const
export const saveKind = z.enum(saveKinds)
export type SaveKind = z.infer<typeof saveKind>
/** Names a file the user chose in main's save or open dialog; the renderer never sees its path. */
export const fileToken = z.uuid()
export const writeId = z.uuid()
export const suggestedFileName = z.string().trim().min(1).max(200)
/** One piece of a streamed write; large exports arrive as many. */
export const MAX_CHUNK_LENGTH = 8 * 1024 * 1024
export const saveTarget = z.object({ token: fileToken, fileName: z.string() })
export type SaveTarget = z.infer<typeof saveTarget>
/** A file the user chose to import; its bytes are read by token, a chunk at a time. */
export const importFile = z.object({
  token: fileToken,
  fileName: z.string(),
  size: z.number().int().nonnegative(),
})
export type ImportFile = z.infer<typeof importFile>
/** The most bytes one read answers, so a chunk in flight stays small in both processes. */
export const MAX_READ_CHUNK = 4 * 1024 * 1024

export const fileFailureReasons = [
  'disk-full',
  'permission-denied',
  'read-only',
  'missing-folder',
  'in-use',
  'missing-file',
  'changed',
  'unknown',
] as const
/**
 * Why a read or write failed, on which file; a failed write leaves the old file, if any, as it
 * was. Only reads answer 'missing-file' (deleted or moved since chosen) and 'changed' (modified
 * since chosen, so earlier chunks no longer belong with later ones).
 */
export const fileFailure = z.object({
  ok: z.literal(false),
  reason: z.enum(fileFailureReasons),
  fileName: z.string(),
  detail: z.string(),
})
export type FileFailure = z.infer<typeof fileFailure>
export const fileOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  fileFailure,
])
export type FileOutcome = z.infer<typeof fileOutcome>
// Raw bytes, not text: the file's encoding is sniffed in the renderer. A Uint8Array survives
// Electron's structured clone and the e2e host's Playwright binding (a Node Buffer does not
// survive the binding, so main answers plain Uint8Arrays).
export const fileBytes = z.instanceof(Uint8Array)
export const readChunkOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), bytes: fileBytes }),
  fileFailure,
])
export type ReadChunkOutcome = z.infer<typeof readChunkOutcome>
export const beginWriteOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), writeId }),
  fileFailure,
])

/** A backup in the backups folder, named by its file name there (never a path). */
export const backupId = z.string().min(1).max(200)
export const commitBackupOutcome = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), id: backupId }),
  fileFailure,
])
export type CommitBackupOutcome = z.infer<typeof commitBackupOutcome>
/** A backup file the user chose, copied into the backups folder; null when cancelled. */
export const addBackupOutcome = z
  .discriminatedUnion('ok', [z.object({ ok: z.literal(true), backup: backupInfo }), fileFailure])
  .nullable()
/** A backup saved where the user chose; null when cancelled. */
export const saveBackupCopyOutcome = z
  .discriminatedUnion('ok', [z.object({ ok: z.literal(true), fileName: z.string() }), fileFailure])
  .nullable()

export const invokeContract = {
  getAppInfo: invoke('app:get-info', [], appInfo),
  setLocale: invoke('app:set-locale', [arg('locale', locale)], z.void()),
  setThemeSource: invoke('app:set-theme-source', [arg('source', themeSource)], z.void()),
  openExternal: invoke('shell:open-external', [arg('url', httpUrl)], z.void()),
  chooseSaveTarget: invoke(
    'files:choose-save-target',
    [arg('kind', saveKind), arg('suggestedName', suggestedFileName)],
    saveTarget.nullable(),
  ),
  beginWrite: invoke('files:begin-write', [arg('token', fileToken)], beginWriteOutcome),
  writeChunk: invoke(
    'files:write-chunk',
    [arg('writeId', writeId), arg('text', z.string().max(MAX_CHUNK_LENGTH))],
    fileOutcome,
  ),
  commitWrite: invoke('files:commit-write', [arg('writeId', writeId)], fileOutcome),
  abortWrite: invoke('files:abort-write', [arg('writeId', writeId)], z.void()),
  showInFolder: invoke('files:show-in-folder', [arg('token', fileToken)], z.void()),
  savePdf: invoke('report:save-pdf', [arg('token', fileToken)], fileOutcome),
  chooseImportFile: invoke('import:choose-file', [], importFile.nullable()),
  /** The bytes at offset: fewer at the end of the file, none past it. */
  readImportChunk: invoke(
    'import:read-chunk',
    [
      arg('token', fileToken),
      arg('offset', z.number().int().nonnegative()),
      arg('length', z.number().int().positive().max(MAX_READ_CHUNK)),
    ],
    readChunkOutcome,
  ),
  /** A new backup in the backups folder; its chunks go through files:write-chunk. */
  beginBackup: invoke('backups:begin-write', [arg('reason', backupReason)], beginWriteOutcome),
  /** Puts the backup in place, then deletes the oldest beyond the retention rule. */
  commitBackup: invoke('backups:commit-write', [arg('writeId', writeId)], commitBackupOutcome),
  listBackups: invoke('backups:list', [], z.array(backupInfo)),
  readBackupChunk: invoke(
    'backups:read-chunk',
    [
      arg('id', backupId),
      arg('offset', z.number().int().nonnegative()),
      arg('length', z.number().int().positive().max(MAX_READ_CHUNK)),
    ],
    readChunkOutcome,
  ),
  /** Copies a backup to a file the user chooses in the save dialog. */
  saveBackupCopy: invoke('backups:save-copy', [arg('id', backupId)], saveBackupCopyOutcome),
  /** A backup file the user chooses in the open dialog, checked and copied into the folder. */
  addBackupFile: invoke('backups:add-file', [], addBackupOutcome),
  getWorkspaceMarker: invoke('backups:get-marker', [], workspaceMarker.nullable()),
  saveWorkspaceMarker: invoke('backups:save-marker', [arg('state', workspaceState)], z.void()),
}

export const eventContract = {
  onMenuCommand: event('menu:command', menuCommand),
}

export type InvokeContract = typeof invokeContract
export type EventContract = typeof eventContract
export type InvokeMethod = keyof InvokeContract
export type EventMethod = keyof EventContract

type ArgValues<A extends readonly Arg[]> = {
  -readonly [I in keyof A]: A[I] extends Arg<string, infer S> ? z.output<S> : never
}
export type ArgsOf<M extends InvokeMethod> = ArgValues<InvokeContract[M]['args']>
export type ResultOf<M extends InvokeMethod> = z.output<InvokeContract[M]['result']>
export type PayloadOf<E extends EventMethod> = z.output<EventContract[E]['payload']>
