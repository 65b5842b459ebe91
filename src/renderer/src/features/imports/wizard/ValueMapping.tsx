import { Accordion, Badge, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { importFieldsFor } from '../../../../../shared/csv'
import { choiceSetFor } from '../../../../../shared/csv/guessChoice'
import { LEAVE_UNMAPPED } from '../../../../../shared/csv/valueMap'
import type { ImportSettings } from '../../../../../shared/import/importSettings'
import type { ChoiceTally } from '../../../../../shared/import/tallyChoices'
import { fieldLabel } from './fieldLabel'
import { chosenOption, needsCheck, ValueTable } from './ValueTable'

type ValueMappingProps = {
  choices: readonly ChoiceTally[]
  settings: ImportSettings
  onSettings: (settings: ImportSettings) => void
}

/**
 * The distinct values of each choice column with the option each imports as, chosen once for
 * every row that has it. A field opens by itself when a guess is to check or a value is left
 * unmapped (its rows are then problems); one whose values are all known stays folded.
 */
export function ValueMapping({ choices, settings, onSettings }: ValueMappingProps) {
  const { t } = useTranslation()
  const { entity, valueMap } = settings
  const fields = importFieldsFor(entity)
  const shown = choices.flatMap((tally) => {
    const field = fields.find((candidate) => candidate.key === tally.field)
    const set = field && choiceSetFor(field)
    if (!field || !set || tally.values.length === 0) return []
    const options = [
      ...set.options.map((option) => {
        const key = set.labelKeys[option]
        return { value: option, label: key ? t(key) : (field.optionLabels?.[option] ?? option) }
      }),
      { value: LEAVE_UNMAPPED, label: t('imports.values.unmapped') },
    ]
    const toCheck = tally.values.filter((value) => needsCheck(valueMap, tally.field, value))
    const unmapped = tally.values.filter(
      (value) => chosenOption(valueMap, tally.field, value) === LEAVE_UNMAPPED,
    )
    const label = fieldLabel(t, entity, field.key)
    return [{ tally, label, options, toCheck: toCheck.length, unmapped: unmapped.length }]
  })
  if (shown.length === 0) return null

  const choose = (field: string, key: string, option: string) =>
    onSettings({
      ...settings,
      valueMap: { ...valueMap, [field]: { ...valueMap?.[field], [key]: option } },
    })

  return (
    <Stack gap="xs" data-testid="import-values">
      <Title order={4}>{t('imports.values.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('imports.values.hint')}
      </Text>
      <Accordion
        multiple
        variant="separated"
        defaultValue={shown
          .filter((item) => item.toCheck > 0 || item.unmapped > 0)
          .map((item) => item.tally.field)}
      >
        {shown.map(({ tally, label, options, toCheck, unmapped }) => (
          <Accordion.Item key={tally.field} value={tally.field}>
            <Accordion.Control>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {label}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('imports.values.count', { count: tally.values.length })}
                </Text>
                {toCheck > 0 && (
                  <Badge color="yellow" variant="light" size="sm">
                    {t('imports.values.toCheck', { count: toCheck })}
                  </Badge>
                )}
                {unmapped > 0 && (
                  <Badge color="red" variant="light" size="sm">
                    {t('imports.values.unmappedCount', { count: unmapped })}
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <ValueTable
                tally={tally}
                label={label}
                options={options}
                valueMap={valueMap}
                onChoose={(key, option) => choose(tally.field, key, option)}
              />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  )
}
