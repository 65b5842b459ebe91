import { useMemo } from 'react'
import type { MetricDefinition } from '../../../../shared/domain/metricDefinition'
import { formatLocaleOf } from '../../../../shared/i18n/locales'
import { useLocale } from '../../i18n/useLocale'

/** A metric's value as its unit reads in the user's language: "1,240", "45%", "4.5". */
export function useMetricFormat() {
  const { locale, format } = useLocale()
  return useMemo(() => {
    const percent = new Intl.NumberFormat(formatLocaleOf(locale), {
      style: 'percent',
      maximumFractionDigits: 1,
    })
    return {
      ...format,
      value: (value: number, unit: MetricDefinition['unit']) =>
        unit === 'percent' ? percent.format(value / 100) : format.number(value),
      /** A number written as this language writes it, for "such as 1,234.5" hints. */
      example: format.number(1234.5),
      /** A stored number as it is typed back in this language: 12.5 is "12,5" in French. */
      editable: (value: number | undefined) =>
        value === undefined ? '' : String(value).replace('.', format.number(1.5).charAt(1)),
      /** A date or a period: "Apr 1, 2024" or "Apr 1, 2024 – Apr 7, 2024". */
      period: (date: string, periodEnd?: string) =>
        periodEnd ? `${format.date(date)} – ${format.date(periodEnd)}` : format.date(date),
    }
  }, [locale, format])
}

/** Today's calendar date where the user is, `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
