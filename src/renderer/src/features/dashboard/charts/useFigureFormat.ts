import { useMemo } from 'react'
import { formatLocaleOf } from '../../../../../shared/i18n/locales'
import { useLocale } from '../../../i18n/useLocale'
import type { FigureColumn } from './figureTable'

/** Figures as the user's language writes them: "1,240", "12.5", "93%". */
export function useFigureFormat() {
  const { locale, format } = useLocale()
  return useMemo(() => {
    const tag = formatLocaleOf(locale)
    const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
    const month = new Intl.DateTimeFormat(tag, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    })
    const day = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' })
    const period = (value: string) =>
      value.length === 7
        ? month.format(new Date(`${value}-01T00:00:00Z`))
        : day.format(new Date(`${value}T00:00:00Z`))
    return {
      ...format,
      number: (value: number) => number.format(value),
      percent: (fraction: number) => percent.format(fraction),
      /** A series' period: "Apr 2024" for a month (`YYYY-MM`), "Apr 28" for a day. */
      period,
      cell: (value: string | number | null, kind: FigureColumn['kind']) =>
        value === null
          ? '–'
          : typeof value === 'string'
            ? kind === 'period'
              ? period(value)
              : value
            : kind === 'percent'
              ? percent.format(value)
              : number.format(value),
    }
  }, [locale, format])
}
