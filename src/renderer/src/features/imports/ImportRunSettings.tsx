import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportRun } from '../../../../shared/domain/importRun'
import { sayPhrase } from './phrase'
import { runSettingLines } from './runSettingLines'

/** How the file was read and what was done with rows matching records already there. */
export function ImportRunSettings({ run }: { run: ImportRun }) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('imports.runPage.settingsTitle')}
      </Title>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: 3 }}
          spacing="md"
          component="dl"
          m={0}
          data-testid="import-settings"
        >
          {runSettingLines(run.settings).map((line) => (
            <Stack key={line.label} gap={2}>
              <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(line.label)}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {sayPhrase(t, line.value)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      </Paper>
    </Stack>
  )
}
