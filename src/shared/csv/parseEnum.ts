import { foldForSearch } from '../text/foldForSearch'

const words = (text: string) =>
  foldForSearch(text.replace(/([a-z])([A-Z])/g, '$1 $2')).replace(/[^a-z0-9]+/g, '')

/**
 * One of `options`, from the value itself or its English label, ignoring case, accents,
 * spacing and punctuation: "union hall", "UNION_HALL" and "unionHall" are all `unionHall`.
 */
export function parseEnum(
  text: string,
  options: readonly string[],
  labels: Readonly<Record<string, string>> = {},
): string | null {
  const wanted = words(text)
  return (
    options.find(
      (option) =>
        words(option) === wanted ||
        (labels[option] !== undefined && words(labels[option]) === wanted),
    ) ?? null
  )
}
