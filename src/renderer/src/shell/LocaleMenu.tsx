import { ActionIcon, Box, Menu, Tooltip } from '@mantine/core'
import { IconCheck, IconLanguage } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { localeNames, supportedLocales } from '../../../shared/i18n/locales'
import { useLocale } from '../i18n/useLocale'

export function LocaleMenu() {
  const { t } = useTranslation()
  const { locale, setLocale } = useLocale()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('shell.language')}>
          <ActionIcon variant="default" size="lg" aria-label={t('shell.language')}>
            <IconLanguage size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.language')}</Menu.Label>
        {supportedLocales.map((code) => (
          <Menu.Item
            key={code}
            lang={code}
            onClick={() => setLocale(code)}
            leftSection={code === locale ? <IconCheck size={14} /> : <Box w={14} />}
            fw={code === locale ? 700 : undefined}
          >
            {localeNames[code]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
