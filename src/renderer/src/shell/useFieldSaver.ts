import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { type FieldIssue, ValidationError } from '../db/repository'
import { issueMessage } from './fieldErrors'

type Updatable = { update: (id: string, patch: never) => Promise<unknown> }

/** Saves one field of a record; answers the message to show under it, or null when saved. */
export function useFieldSaver(repo: Updatable, id: string) {
  const { t } = useTranslation()
  return useCallback(
    async (field: string, value: unknown): Promise<string | null> => {
      try {
        await repo.update(id, { [field]: value } as never)
        return null
      } catch (error) {
        if (!(error instanceof ValidationError)) return (error as Error).message
        const issue: FieldIssue =
          error.issues.find((i) => i.path === field || i.path.startsWith(`${field}.`)) ??
          error.issues[0]!
        return issueMessage(issue, t)
      }
    },
    [repo, id, t],
  )
}
