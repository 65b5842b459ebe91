import type { importTargets } from '../domain/importRun'

/** What a file can hold: the import targets of an import run. */
export type ImportEntity = (typeof importTargets)[number]

export type FieldType =
  | 'text'
  | 'email'
  | 'phone'
  | 'url'
  | 'date'
  | 'dateTime'
  /** A time of day ("19:00", "7:00 PM", "19h00"), read as `HH:mm`. */
  | 'time'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'enum'

/** One importable field, and how the exporter writes it. */
export type ImportField = {
  /** Where the value goes: a record field or a path ("venue.city", "organization.name"). */
  key: string
  /** The header the exporter writes for this field (and the importer matches first). */
  header: string
  type: FieldType
  /** Several values in one cell, joined with "; " by the exporter. */
  multi?: boolean
  required?: boolean
  /** Read on import, never written on export ("Full name" is split into first and last). */
  importOnly?: boolean
  /** Enum values, matched by value or by their English label, any case. */
  options?: readonly string[]
  optionLabels?: Readonly<Record<string, string>>
  min?: number
  max?: number
  /** Other headers real tools export for this field (Google, Outlook, LinkedIn, Mailchimp...). */
  synonyms: readonly string[]
}

/** Joins the multiple values of a cell, as the exporter writes them and the importer splits. */
export const MULTI_VALUE_SEPARATOR = '; '
