import { Badge, Input, SegmentedControl, Stack, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { CellBadge, CellDimmed } from '../table/cells'

const levels = [1, 2, 3, 4, 5] as const
const colors = { 1: 'teal', 2: 'green', 3: 'yellow', 4: 'orange', 5: 'red' } as const

/** The organizers' trust scale, its meaning always at hand: 1 is the strongest. */
/** The badge of a table cell: StrengthBadge's look, drawn without hooks for every row. */
export function strengthCell(t: TFunction, value: number | undefined) {
  if (value === undefined) return <CellDimmed>—</CellDimmed>
  const meaning = t(`strength.meaning.${value}`)
  return (
    <CellBadge
      color={colors[value as keyof typeof colors]}
      title={meaning}
      label={t('strength.badge', { value, meaning })}
    >
      {value}
    </CellBadge>
  )
}

export function StrengthBadge({ value }: { value: number | undefined }) {
  const { t } = useTranslation()
  if (value === undefined)
    return (
      <Text c="dimmed" size="sm">
        —
      </Text>
    )
  return (
    // A native title, not a Tooltip: a table shows a badge on every row and must stay light.
    <Badge
      variant="light"
      color={colors[value as keyof typeof colors]}
      title={t(`strength.meaning.${value}`)}
      aria-label={t('strength.badge', { value, meaning: t(`strength.meaning.${value}`) })}
    >
      {value}
    </Badge>
  )
}

type StrengthInputProps = {
  value: number | undefined
  onChange: (value: number | undefined) => void
}

/** Picks 1 to 5 and says what the chosen level means, as the scale is the organizers' own. */
export function StrengthInput({ value, onChange }: StrengthInputProps) {
  const { t } = useTranslation()
  return (
    <Input.Wrapper label={t('strength.label')} description={t('strength.scale')}>
      <Stack gap={4} mt={4}>
        <SegmentedControl
          aria-label={t('strength.label')}
          data={[
            { value: '', label: t('strength.none') },
            ...levels.map((level) => ({ value: String(level), label: String(level) })),
          ]}
          value={value === undefined ? '' : String(value)}
          onChange={(next) => onChange(next === '' ? undefined : Number(next))}
        />
        <Text size="sm" c="dimmed" data-testid="strength-meaning">
          {value === undefined ? t('strength.noneMeaning') : t(`strength.meaning.${value}`)}
        </Text>
      </Stack>
    </Input.Wrapper>
  )
}
