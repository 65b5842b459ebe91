import type { metricUnits } from '../domain/metricDefinition'

export type MetricUnit = (typeof metricUnits)[number]

/** A new metric's unit and why: a word of its name, or the default (a count) when none says. */
export type UnitGuess = { unit: MetricUnit; word?: string }

// Words of metric names in the app's five languages, most telling first: "Funds raised (USD)"
// is money even though it counts, "Share of attendees" a percentage.
const unitWords: [MetricUnit, RegExp][] = [
  ['percent', /(%|\bpercent\w*|\bpourcentage|\bporcentaje|\bshare\b|\brate\b|\btaux\b|\btasa\b)/i],
  [
    'currency',
    /([$€£]|\b(usd|eur|gbp|cad|dollars?|euros?|funds?|fundraising|raised|donations?|revenue|money|budget|dons|recaudad\w*|lajan)\b)/i,
  ],
  ['rating', /\b(rating|score|stars?|satisfaction|calificaci\w+|puntuaci\w+|évaluation)\b/i],
  [
    'people',
    /\b(people|attendance|attendees?|audience|participants?|volunteers?|sign-?ups?|members|viewers|students|personnes|personas|moun|asistentes|spectateurs)\b/i,
  ],
]

/** The unit of a metric a file names and the workspace lacks, guessed from its name. */
export function guessMetricUnit(name: string): UnitGuess {
  for (const [unit, pattern] of unitWords) {
    const match = pattern.exec(name)
    if (match) return { unit, word: match[0] }
  }
  return { unit: 'count' }
}
