import { foldForSearch } from '../text/foldForSearch'

const words = (text: string) =>
  foldForSearch(text)
    .split(/[\s,]+/)
    .filter(Boolean)
    .sort()
    .join(' ')

/**
 * Whether a person's stored name is the name written in one cell, whichever way it was split
 * ("Ana María López" stored as "Ana" and "María López"; "López, Ana"): an update then leaves
 * the parts as they are rather than replacing them with another split of the same text.
 */
export function sameFullName(
  person: { firstName?: unknown; middleName?: unknown; lastName?: unknown },
  fullName: string,
): boolean {
  const stored = [person.firstName, person.middleName, person.lastName]
    .filter((part): part is string => typeof part === 'string')
    .join(' ')
  return words(stored) !== '' && words(stored) === words(fullName)
}
