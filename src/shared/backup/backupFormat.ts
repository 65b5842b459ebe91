import { z } from 'zod'

/**
 * A workspace backup: one UTF-8 file of JSON lines. The first line is the header, so a backup
 * is listed without reading its rows; each later line holds a page of one table's rows.
 */
export const BACKUP_FORMAT = 'impact-desk-backup'
export const BACKUP_FORMAT_VERSION = 1
/** The extension of backup files, in the backups folder and when saved elsewhere. */
export const BACKUP_EXTENSION = 'impactdesk'
/** The most a header line may take; the listing reads no further into a file. */
export const MAX_HEADER_LENGTH = 64 * 1024

/** Why a backup was taken; dailies and the rest are kept by separate rules. */
export const backupReasons = [
  'manual',
  'import',
  'daily',
  'upgrade',
  'before-restore',
  'file',
] as const
export const backupReason = z.enum(backupReasons)
export type BackupReason = z.infer<typeof backupReason>

const tableCounts = z.record(z.string().max(100), z.number().int().nonnegative())

export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** The Dexie schema version the rows were read at. */
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  reason: backupReason,
  /** Rows per table; a restore refuses a file whose rows do not add up to these. */
  counts: tableCounts,
})
export type BackupHeader = z.infer<typeof backupHeader>

/** A backup in the backups folder, as the Backups screen lists it. */
export const backupInfo = z.object({
  /** Its file name in the backups folder; main resolves it, never a path. */
  id: z.string(),
  createdAt: z.string(),
  reason: backupReason,
  schemaVersion: z.number().int(),
  size: z.number().int().nonnegative(),
  counts: tableCounts,
  total: z.number().int().nonnegative(),
})
export type BackupInfo = z.infer<typeof backupInfo>

/** What the renderer tells main about the workspace, so a lost database can be noticed. */
export const workspaceState = z.object({
  schemaVersion: z.number().int().positive(),
  counts: tableCounts,
})
export type WorkspaceState = z.infer<typeof workspaceState>

/** Kept by main outside IndexedDB: what the workspace held when last reported. */
export const workspaceMarker = workspaceState.extend({
  total: z.number().int().nonnegative(),
  reportedAt: z.string(),
  lastBackupAt: z.string().nullable(),
})
export type WorkspaceMarker = z.infer<typeof workspaceMarker>

export const totalOf = (counts: Record<string, number>) =>
  Object.values(counts).reduce((sum, count) => sum + count, 0)
