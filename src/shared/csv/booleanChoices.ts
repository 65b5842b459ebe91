import type { ChoiceSet } from './choiceSet'

/** Yes as sheets and tools write it, in the five UI languages and with ticks. */
export const yes = [
  'yes',
  'y',
  'true',
  '1',
  'x',
  '✓',
  '✔',
  'on',
  'checked',
  'ok',
  'sí',
  'si',
  'verdadero',
  'oui',
  'o',
  'vrai',
  'v',
  'wi',
  'vre',
  'نعم',
  'صح',
  'صحيح',
]
/** No, likewise. */
export const no = [
  'no',
  'n',
  'false',
  '0',
  '-',
  'off',
  'unchecked',
  'falso',
  'non',
  'faux',
  'f',
  'fo',
  'fòs',
  'لا',
  'خطأ',
]

/** Yes and no as sheets and tools write them (ticks, opt-ins), in the five UI languages. */
export const booleanChoices: ChoiceSet = {
  options: ['true', 'false'],
  labelKeys: { true: 'common.yes', false: 'common.no' },
  words: {
    true: [...yes, 'subscribed', 'opted in', 'opt in', 'granted'],
    false: [...no, 'unsubscribed', 'opted out', 'opt out', 'none'],
  },
}
