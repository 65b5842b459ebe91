import { describe, expect, it } from 'vitest'
import { choiceKey } from './choiceKey'
import { booleanChoices } from './booleanChoices'
import { enumChoiceSets } from './choiceSynonyms'
import { choiceSetFor, guessChoice, readChoice } from './guessChoice'
import { importFieldsFor } from './importFieldsFor'
import { LEAVE_UNMAPPED } from './valueMap'

const setOf = (entity: Parameters<typeof importFieldsFor>[0], key: string) => {
  const field = importFieldsFor(entity).find((candidate) => candidate.key === key)
  const set = field && choiceSetFor(field)
  if (!set) throw new Error(`no choices for ${key}`)
  return set
}
const orgType = setOf('organizations', 'type')
const stage = setOf('organizations', 'stage')
const status = setOf('screenings', 'status')
const captions = setOf('screenings', 'captions')
const asl = setOf('screenings', 'aslCoverage')

describe('choiceKey', () => {
  it('ignores case, accents and punctuation, keeps every script and lone signs', () => {
    expect(choiceKey('Q&A only')).toBe('qaonly')
    expect(choiceKey('Non-Profit Organization Management')).toBe('nonprofitorganizationmanagement')
    expect(choiceKey('unionHall')).toBe('unionhall')
    expect(choiceKey(' Sí ')).toBe('si')
    expect(choiceKey('نعم')).toBe('نعم')
    expect(choiceKey('✓')).toBe('✓')
  })
})

describe('guessChoice', () => {
  it('knows the wordings of HubSpot, LinkedIn and CRMs for organization types and stages', () => {
    expect(guessChoice(orgType, 'Labor Union')).toEqual({ option: 'union', sure: true })
    expect(guessChoice(orgType, 'LABOR_UNIONS')).toEqual({ option: 'union', sure: true })
    expect(guessChoice(orgType, 'Non-Profit Organization Management')).toEqual({
      option: 'nonprofit',
      sure: true,
    })
    expect(guessChoice(orgType, 'Higher Education')).toEqual({
      option: 'campusGroup',
      sure: false,
    })
    expect(guessChoice(stage, 'lead')).toEqual({ option: 'prospect', sure: true })
    expect(guessChoice(stage, 'Customer')).toEqual({ option: 'activePartner', sure: false })
  })

  it('takes every UI language’s label of an option as sure', () => {
    expect(guessChoice(orgType, 'Sindicato')).toEqual({ option: 'union', sure: true })
    expect(guessChoice(orgType, 'نقابة')).toEqual({ option: 'union', sure: true })
    expect(guessChoice(status, 'Annulé')).toEqual({ option: 'cancelled', sure: true })
  })

  it('guesses a near or longer wording, to check, and nothing for an unknown one', () => {
    expect(guessChoice(orgType, 'Labor union local 12')).toEqual({ option: 'union', sure: false })
    expect(guessChoice(orgType, 'Nonprofitt')).toEqual({ option: 'nonprofit', sure: false })
    expect(guessChoice(status, 'postponed')).toBeUndefined()
    expect(guessChoice(orgType, '')).toBeUndefined()
  })

  it('reads yes and no in the five UI languages, and only exact ones', () => {
    for (const yes of ['Oui', 'Sí', 'Wi', 'نعم', 'yes', 'TRUE', '✓', 'x'])
      expect(guessChoice(booleanChoices, yes), yes).toEqual({ option: 'true', sure: true })
    for (const no of ['Non', 'No', 'لا', 'faux', '-', '0'])
      expect(guessChoice(booleanChoices, no), no).toEqual({ option: 'false', sure: true })
    expect(guessChoice(booleanChoices, 'not checked')).toBeUndefined()
    expect(guessChoice(booleanChoices, 'maybe')).toBeUndefined()
  })

  it('tells open captions from closed ones, plain captions being closed', () => {
    for (const closed of ['closed', 'CC', 'yes', 'Subtitles for the deaf', 'SDH'])
      expect(guessChoice(captions, closed)?.option, closed).toBe('closed')
    for (const open of ['open', 'Open captions', 'OC', 'burned in'])
      expect(guessChoice(captions, open)?.option, open).toBe('open')
    expect(guessChoice(captions, 'none')?.option).toBe('none')
    expect(guessChoice(captions, 'no')?.option).toBe('none')
  })

  it('reads ASL for the whole event, for the Q&A only, or none', () => {
    expect(guessChoice(asl, 'Q&A only')).toEqual({ option: 'qa', sure: true })
    expect(guessChoice(asl, 'whole event')).toEqual({ option: 'wholeEvent', sure: true })
    expect(guessChoice(asl, 'yes')).toEqual({ option: 'wholeEvent', sure: true })
    expect(guessChoice(asl, 'no')).toEqual({ option: 'none', sure: true })
  })

  it('gives no wording to two options of one kind of choice', () => {
    for (const set of [booleanChoices, ...enumChoiceSets]) {
      const owner = new Map<string, string>()
      for (const option of set.options) owner.set(choiceKey(option), option)
      for (const [option, words] of Object.entries(set.words))
        for (const word of words) {
          const key = choiceKey(word)
          const first = owner.get(key)
          expect(first === undefined || first === option, `${word}: ${first} or ${option}`).toBe(
            true,
          )
          owner.set(key, option)
        }
    }
  })
})

describe('readChoice', () => {
  it('takes the user’s choice for a value first, and refuses one left unmapped', () => {
    expect(readChoice(orgType, 'Labor Union')).toBe('union')
    expect(readChoice(orgType, 'Labor Union', { laborunion: 'laborFederation' })).toBe(
      'laborFederation',
    )
    expect(readChoice(orgType, 'Labor Union', { laborunion: LEAVE_UNMAPPED })).toBeNull()
    expect(readChoice(orgType, 'postponed', { postponed: 'other' })).toBe('other')
    // A choice that is no option of the field (a preset from an older version) is ignored.
    expect(readChoice(orgType, 'Labor Union', { laborunion: 'guild' })).toBe('union')
  })
})
