import type { AslChoice, CaptionChoice } from '../csv/accessChoices'

/** What the screening page shows as "ASL for" when the interpreter is there for the Q&A. */
export const ASL_FOR_QA = 'Q&A'

/**
 * A screening row's single "Captions" and "ASL" columns read into the accessibility flags they
 * stand for. A flag's own column, when the file has one too, keeps its value.
 */
export function withAccessColumns(input: Record<string, unknown>): Record<string, unknown> {
  const { captions, aslCoverage, ...rest } = input as Record<string, unknown> & {
    captions?: CaptionChoice
    aslCoverage?: AslChoice
  }
  if (!captions && !aslCoverage) return input
  const access = { ...((rest['accessibility'] as Record<string, unknown> | undefined) ?? {}) }
  const set = (flag: string, value: unknown) => {
    if (access[flag] === undefined) access[flag] = value
  }
  if (captions) {
    set('closedCaptions', captions === 'closed' || captions === 'both')
    set('openCaptions', captions === 'open' || captions === 'both')
  }
  if (aslCoverage) {
    set('asl', aslCoverage !== 'none')
    if (aslCoverage === 'qa') set('aslScope', ASL_FOR_QA)
  }
  return { ...rest, accessibility: access }
}
