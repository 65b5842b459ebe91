import type { ScreeningFields } from '../../../../shared/domain/screening'

type Status = ScreeningFields['status']
type History = ScreeningFields['statusHistory']

/** The change that moves a screening to `status` at `at`, appended to its history. */
export function withStatus(
  screening: Pick<ScreeningFields, 'statusHistory'>,
  status: Status,
  at: string,
) {
  return { status, statusHistory: [...screening.statusHistory, { status, at }] }
}

/** When the screening last entered `status`, if it ever did. */
export function lastChange(history: History, status: Status): string | undefined {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i]!.status === status) return history[i]!.at
  return undefined
}
