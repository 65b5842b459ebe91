import { NumberInput, Text } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { useTranslation } from 'react-i18next'
import type { Screening } from '../../../../shared/domain/screening'
import { useLocale } from '../../i18n/useLocale'
import { InlineField } from '../../shell/InlineField'
import { useRecordFields } from '../../shell/RecordFields'
import { useFieldSaver } from '../../shell/useFieldSaver'
import { SavedCheckbox } from './SavedCheckbox'
import { StartTime } from './StartTime'
import { screeningRepo } from './screeningRepo'
import { instantToWallClock, wallClockToInstant } from '../../../../shared/time/zonedTime'

type Groups = 'venue' | 'licence' | 'qa' | 'accessibility' | 'hostReport'

/**
 * A screening's editable fields. A path such as `venue.city` saves its whole group with that
 * one value changed, so a nested field is edited in place like a top-level one.
 */
export function useScreeningFields(screening: Screening) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const saveField = useFieldSaver(screeningRepo, screening.id)
  // The group is read inside the write's transaction, so quick edits of two flags both stay.
  const groupSaver = useFieldSaver(
    {
      update: (id: string, patch: Record<string, { key: string; value: unknown }>) => {
        const [group, { key, value }] = Object.entries(patch)[0]!
        return screeningRepo.updateMany([id], (record) => ({
          [group]: { ...((record[group as Groups] ?? {}) as object), [key]: value },
        }))
      },
    },
    screening.id,
  )
  const save = (path: string, value: unknown) => {
    const [group, key] = path.split('.') as [string, string | undefined]
    return key ? groupSaver(group, { key, value }) : saveField(group, value)
  }
  const fields = useRecordFields(save)
  const notSet = t('common.notSet')

  return {
    ...fields,
    save,
    number: (path: string, label: string, value: number | undefined) => (
      <InlineField<number | string>
        label={label}
        value={value ?? ''}
        display={
          <Text size="sm" c={value === undefined ? 'dimmed' : undefined}>
            {value === undefined ? notSet : format.number(value)}
          </Text>
        }
        editor={(draft, setDraft, error) => (
          <NumberInput
            aria-label={label}
            value={draft}
            onChange={setDraft}
            min={0}
            error={error}
            autoFocus
          />
        )}
        onSave={(draft) => save(path, draft === '' ? undefined : Number(draft))}
      />
    ),
    check: (path: string, label: string, checked: boolean) => (
      <SavedCheckbox
        key={path}
        label={label}
        checked={checked}
        onChange={(value) => void save(path, value)}
      />
    ),
    start: () => (
      <InlineField<string | null>
        label={t('screenings.fields.startsAt')}
        value={
          screening.startsAt ? instantToWallClock(screening.startsAt, screening.timeZone) : null
        }
        display={<StartTime screening={screening} />}
        editor={(draft, setDraft, error) => (
          <DateTimePicker
            aria-label={t('screenings.fields.startsAt')}
            valueFormat="YYYY-MM-DD HH:mm"
            timePickerProps={{
              hoursInputLabel: t('screenings.hours'),
              minutesInputLabel: t('screenings.minutes'),
            }}
            submitButtonProps={{ 'aria-label': t('screenings.pickDone') }}
            value={draft}
            onChange={setDraft}
            clearable
            error={error}
            description={screening.timeZone}
          />
        )}
        onSave={(draft) =>
          save('startsAt', draft ? wallClockToInstant(draft, screening.timeZone) : undefined)
        }
      />
    ),
  }
}

export type ScreeningFieldsApi = ReturnType<typeof useScreeningFields>
