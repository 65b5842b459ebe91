import { Group, ThemeIcon, Tooltip } from '@mantine/core'
import {
  IconBadgeCc,
  IconDisabled,
  IconEar,
  IconEye,
  IconHandStop,
  IconTextCaption,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { accessibilityFlags } from '../../../../shared/domain/screening'

type Flag = (typeof accessibilityFlags)[number]

export const accessIcons: Record<Flag, typeof IconEar> = {
  closedCaptions: IconBadgeCc,
  openCaptions: IconTextCaption,
  audioDescription: IconEye,
  asl: IconHandStop,
  wheelchairAccess: IconDisabled,
  assistiveListening: IconEar,
}

/** The accessibility a screening offers, as icons named for screen readers and on hover. */
export function AccessIcons({ features }: { features: readonly Flag[] }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="nowrap">
      {features.map((flag) => {
        const Icon = accessIcons[flag]
        const label = t(`screenings.access.${flag}`)
        return (
          <Tooltip key={flag} label={label}>
            <ThemeIcon size="sm" variant="light" role="img" aria-label={label}>
              <Icon size={14} />
            </ThemeIcon>
          </Tooltip>
        )
      })}
    </Group>
  )
}
