import { foldForSearch } from '../text/foldForSearch'

/**
 * A header reduced to its words for matching: no case, accents, punctuation or underscores, and
 * "e-mail" read as "email". "E-mail 1 - Value", "e_mail_1_value" and "Email 1 value" agree.
 */
export function normaliseHeader(header: string): string {
  return foldForSearch(header)
    .replace(/\be[\s_-]+mail\b/g, 'email')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}
