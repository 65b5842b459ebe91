import type { DuplicateDismissal } from '../../../../shared/domain/duplicateDismissal'

/** The tables whose records can be duplicates; also the `entity` of a dismissal. */
export type DuplicateEntity = DuplicateDismissal['entity']

export const duplicateEntities: readonly DuplicateEntity[] = ['contacts', 'organizations']

export const isDuplicateEntity = (value: unknown): value is DuplicateEntity =>
  duplicateEntities.includes(value as DuplicateEntity)

/** Why two records look like one: strongest first. `value` is the shared email or domain. */
export type DuplicateReason =
  | { kind: 'sameEmail'; value: string }
  | { kind: 'sameDomain'; value: string }
  | { kind: 'sameName' }
  | { kind: 'similarName' }

/** Two records that may be the same person or organization, and every reason found. */
export type DuplicateCandidate = {
  entity: DuplicateEntity
  /** pairKey(a, b): the same whichever way round the pair was found. */
  pair: string
  a: string
  b: string
  reasons: DuplicateReason[]
}
