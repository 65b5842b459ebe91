import { expect, it } from 'vitest'
import { guessMetricUnit } from './guessMetricUnit'

it('guesses a new metric unit from a word of its name, and says which', () => {
  expect(guessMetricUnit('Post-screening survey: % more likely to act')).toEqual({
    unit: 'percent',
    word: '%',
  })
  expect(guessMetricUnit('Response rate')).toEqual({ unit: 'percent', word: 'rate' })
  expect(guessMetricUnit('Funds raised (USD)')).toEqual({ unit: 'currency', word: 'Funds' })
  expect(guessMetricUnit('Dons reçus')).toMatchObject({ unit: 'currency' })
  expect(guessMetricUnit('Audience rating')).toMatchObject({ unit: 'rating', word: 'rating' })
  expect(guessMetricUnit('Attendance')).toEqual({ unit: 'people', word: 'Attendance' })
  expect(guessMetricUnit('Volunteers signed up')).toMatchObject({ unit: 'people' })
  expect(guessMetricUnit('Asistentes')).toMatchObject({ unit: 'people' })
})

it('counts when no word of the name says otherwise', () => {
  expect(guessMetricUnit('Calls to senators')).toEqual({ unit: 'count' })
  expect(guessMetricUnit('Pledge cards')).toEqual({ unit: 'count' })
  // A word inside another is no evidence: "separate" has no "rate" of its own.
  expect(guessMetricUnit('Separate letters sent')).toEqual({ unit: 'count' })
})
