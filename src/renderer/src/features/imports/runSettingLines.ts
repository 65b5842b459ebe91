import { csvDelimiters, csvEncodings, dateFormats } from '../../../../shared/csv'
import { duplicatePolicies } from '../../../../shared/import/importSettings'
import type { Phrase } from './phrase'

export type SettingLine = { label: string; value: Phrase }

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

const delimiterNames: Record<(typeof csvDelimiters)[number], string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
}

const detected: Phrase = { key: 'imports.runPage.detected' }
const notRecorded: Phrase = { key: 'imports.runPage.notRecorded' }

/**
 * How a run read its file and treated duplicates, in words. Settings are stored as the wizard
 * wrote them (not checked against a schema), so anything missing or unknown says so instead
 * of failing. Overrides the user did not make were detected from the file.
 */
export function runSettingLines(settings: Record<string, unknown>): SettingLine[] {
  const overrides = record(settings.overrides)
  const valueOptions = record(settings.valueOptions)
  const { encoding, delimiter, headerRow } = overrides
  const { dateFormat, decimalMark } = valueOptions
  const { policy } = settings
  const chosen = Object.values(record(settings.valueMap)).reduce<number>(
    (sum, values) => sum + Object.keys(record(values)).length,
    0,
  )

  return [
    {
      label: 'imports.file.encoding',
      value: oneOf(csvEncodings, encoding)
        ? { key: `imports.file.encodings.${encoding}` }
        : detected,
    },
    {
      label: 'imports.file.delimiter',
      value: oneOf(csvDelimiters, delimiter)
        ? { key: `imports.file.delimiters.${delimiterNames[delimiter]}` }
        : detected,
    },
    {
      label: 'imports.file.headerRow',
      value:
        typeof headerRow === 'number' && Number.isInteger(headerRow) && headerRow >= 0
          ? { key: 'imports.file.rowNumber', values: { row: headerRow + 1 } }
          : detected,
    },
    {
      label: 'imports.mapping.dateFormat',
      value:
        typeof dateFormat === 'string' && Object.hasOwn(dateFormats, dateFormat)
          ? {
              key: 'imports.mapping.dateExample',
              values: { example: dateFormats[dateFormat as keyof typeof dateFormats].example },
            }
          : notRecorded,
    },
    {
      label: 'imports.mapping.decimalMark',
      value:
        decimalMark === '.' || decimalMark === ','
          ? { key: `imports.mapping.${decimalMark === '.' ? 'decimalPoint' : 'decimalComma'}` }
          : notRecorded,
    },
    {
      label: 'imports.policy.label',
      value: oneOf(duplicatePolicies, policy) ? { key: `imports.policy.${policy}` } : notRecorded,
    },
    // Said only when the user chose values: a run without any read every value by its guess.
    ...(chosen > 0
      ? [
          {
            label: 'imports.values.chosenLabel',
            value: { key: 'imports.values.chosen', values: { count: chosen } },
          },
        ]
      : []),
  ]
}
