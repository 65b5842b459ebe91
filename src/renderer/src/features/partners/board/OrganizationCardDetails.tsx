import { Badge, Group, Text, Tooltip } from '@mantine/core'
import { IconMapPin } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Organization } from '../../../../../shared/domain/organization'
import { strengthColor } from './strengthColor'

/** A board card's lines under the name: the type, the place and the relationship strength. */
export function OrganizationCardDetails({ organization }: { organization: Organization }) {
  const { t } = useTranslation()
  const { type, city, country, strength } = organization
  const place = [city, country].filter(Boolean).join(', ')
  return (
    <>
      <Text size="xs" c="dimmed" mt={4}>
        {t(`organizations.type.${type}`)}
      </Text>
      {(place || strength) && (
        <Group justify="space-between" gap="xs" mt="xs" wrap="nowrap">
          {place ? (
            <Group gap={4} wrap="nowrap" miw={0}>
              <IconMapPin size={14} stroke={1.6} style={{ flexShrink: 0 }} aria-hidden />
              <Text size="xs" truncate>
                {place}
              </Text>
            </Group>
          ) : (
            <span />
          )}
          {strength !== undefined && (
            <Tooltip label={t('board.strengthScale')} withinPortal>
              <Badge
                variant="light"
                color={strengthColor(strength)}
                size="sm"
                tt="none"
                style={{ flexShrink: 0 }}
              >
                {t(`board.strength.${strength}`)}
              </Badge>
            </Tooltip>
          )}
        </Group>
      )}
    </>
  )
}
