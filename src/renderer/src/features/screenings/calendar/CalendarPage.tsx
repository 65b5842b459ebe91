import { ActionIcon, Badge, Box, Button, Group, Paper, Text, Title, Tooltip } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { formatLocaleOf } from '../../../../../shared/i18n/locales'
import { useLocale } from '../../../i18n/useLocale'
import { PageHeader } from '../../../shell/PageHeader'
import { ScreeningsViewSwitch } from '../ScreeningsViewSwitch'
import {
  type Month,
  addMonths,
  dayInZone,
  firstDayOfWeek,
  groupByDay,
  monthGrid,
  monthKey,
  monthOf,
  parseMonthKey,
} from './calendarDays'
import { CalendarDay } from './CalendarDay'
import { calendarRepo } from './calendarRepo'

const userZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const todayIso = () => dayInZone(new Date().toISOString(), userZone())

/** Screenings on a month grid, each on the day it happens in its own time zone. */
export function CalendarPage() {
  const { t } = useTranslation()
  const { locale } = useLocale()
  const [params, setParams] = useSearchParams()
  const today = todayIso()
  // The month lives in the address, so Back, reload and links return to the month being read.
  const month: Month = parseMonthKey(params.get('month')) ?? monthOf(today)
  const tag = formatLocaleOf(locale)
  const rtl = locale === 'ar'

  const screenings = useLiveQuery(() => calendarRepo.month(month), [month.year, month.month])
  const undated = useLiveQuery(() => calendarRepo.undatedCount(), []) ?? 0
  const days = useMemo(() => groupByDay(screenings ?? []), [screenings])
  const weeks = useMemo(() => monthGrid(month, firstDayOfWeek(tag)), [month, tag])

  const formats = useMemo(
    () => ({
      title: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      weekday: new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }),
      full: new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }),
      dayNumber: new Intl.DateTimeFormat(tag, { day: 'numeric', timeZone: 'UTC' }),
    }),
    [tag],
  )
  const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)
  // Two quick clicks both count: the second steps from the month the first asked for, even
  // before the page shows it.
  const shown = useRef(month)
  useEffect(() => {
    shown.current = month
  }, [month])
  const go = (next: Month) => {
    shown.current = next
    setParams({ month: monthKey(next) })
  }
  const step = (delta: number) => go(addMonths(shown.current, delta))
  const current = monthKey(month)
  const inMonthCount = [...days.entries()]
    .filter(([day]) => day.startsWith(current))
    .reduce((sum, [, list]) => sum + list.length, 0)

  return (
    <>
      <PageHeader title={t('calendar.title')} actions={<ScreeningsViewSwitch />} />
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Group gap="xs" wrap="nowrap">
          <Tooltip label={t('calendar.previous')}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('calendar.previous')}
              onClick={() => step(-1)}
            >
              {rtl ? <IconChevronRight size={18} /> : <IconChevronLeft size={18} />}
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => go(monthOf(today))}>
            {t('calendar.today')}
          </Button>
          <Tooltip label={t('calendar.next')}>
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('calendar.next')}
              onClick={() => step(1)}
            >
              {rtl ? <IconChevronLeft size={18} /> : <IconChevronRight size={18} />}
            </ActionIcon>
          </Tooltip>
          <Title order={3} size="h4" ms="sm" aria-live="polite" data-testid="calendar-month">
            {formats.title.format(utc(`${current}-01`))}
          </Title>
        </Group>
        <Group gap="xs">
          {screenings && inMonthCount === 0 && (
            <Text size="sm" c="dimmed">
              {t('calendar.empty')}
            </Text>
          )}
          {undated > 0 && (
            <Tooltip label={t('calendar.undatedHint')}>
              <Badge
                component={Link}
                to="/screenings"
                variant="default"
                tt="none"
                data-testid="calendar-undated"
                style={{ cursor: 'pointer' }}
              >
                {t('calendar.undated', { count: undated })}
              </Badge>
            </Tooltip>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('calendar.hint')}
      </Text>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Box
          data-testid="calendar-grid"
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
            borderInlineStart: '1px solid transparent',
          }}
        >
          {weeks[0]!.map((day) => (
            <Text
              key={`head-${day}`}
              size="xs"
              fw={600}
              c="dimmed"
              ta="center"
              py={6}
              tt="uppercase"
              style={{ borderBlockEnd: '1px solid var(--mantine-color-default-border)' }}
            >
              {formats.weekday.format(utc(day))}
            </Text>
          ))}
          {weeks.flat().map((day) => {
            const inMonth = day.startsWith(current)
            return (
              <CalendarDay
                key={day}
                day={day}
                label={formats.full.format(utc(day))}
                dayNumber={formats.dayNumber.format(utc(day))}
                inMonth={inMonth}
                isToday={day === today}
                screenings={inMonth ? (days.get(day) ?? EMPTY) : EMPTY}
                formatTag={tag}
              />
            )
          })}
        </Box>
      </Paper>
    </>
  )
}

const EMPTY: never[] = []
