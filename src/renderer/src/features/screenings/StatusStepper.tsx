import { Button, Group, Paper, Stepper, Text } from '@mantine/core'
import { IconBan, IconRotate } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { type Screening, screeningStatuses } from '../../../../shared/domain/screening'
import { useLocale } from '../../i18n/useLocale'
import { screeningRepo } from './screeningRepo'
import { lastChange, withStatus } from './statusHistory'
import { instantToWallClock } from '../../../../shared/time/zonedTime'

const steps: readonly Screening['status'][] = screeningStatuses.filter(
  (status) => status !== 'cancelled',
)

/** The screening's way from request to report; each change is dated in its history. */
export function StatusStepper({ screening }: { screening: Screening }) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const cancelled = screening.status === 'cancelled'
  const setStatus = (status: Screening['status']) => {
    if (status === screening.status) return
    void screeningRepo.update(screening.id, withStatus(screening, status, new Date().toISOString()))
  }
  const dateOf = (status: Screening['status']) => {
    const at = lastChange(screening.statusHistory, status)
    // The day is enough under a step; the timeline keeps the minute.
    return at ? format.date(instantToWallClock(at, screening.timeZone).slice(0, 10)) : ''
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>{t('screenings.fields.status')}</Text>
        {cancelled ? (
          <Group gap="xs">
            <Text size="sm" c="red" data-testid="cancelled-at">
              {t('screenings.cancelledOn', { date: dateOf('cancelled') })}
            </Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRotate size={14} />}
              onClick={() => setStatus(lastActive(screening))}
            >
              {t('screenings.reopen')}
            </Button>
          </Group>
        ) : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconBan size={14} />}
            onClick={() => setStatus('cancelled')}
          >
            {t('screenings.cancel')}
          </Button>
        )}
      </Group>
      <Stepper
        active={
          // Reported is the end of the way: every step shows done.
          cancelled
            ? -1
            : screening.status === 'reported'
              ? steps.length
              : steps.indexOf(screening.status)
        }
        onStepClick={(index) => setStatus(steps[index]!)}
        allowNextStepsSelect
        size="sm"
        aria-label={t('screenings.fields.status')}
      >
        {steps.map((status) => (
          <Stepper.Step
            key={status}
            label={t(`screenings.status.${status}`)}
            description={dateOf(status)}
            color={cancelled ? 'gray' : undefined}
          />
        ))}
      </Stepper>
    </Paper>
  )
}

/** The status a cancelled screening goes back to: the last one before it was cancelled. */
function lastActive(screening: Screening): Screening['status'] {
  const before = [...screening.statusHistory].reverse().find((s) => s.status !== 'cancelled')
  return before?.status ?? 'requested'
}
