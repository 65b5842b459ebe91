import { Stack, Text, Timeline as MantineTimeline, Title } from '@mantine/core'
import {
  IconMail,
  IconNote,
  IconPencil,
  IconPhone,
  IconUsers,
  type Icon,
} from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Activity } from '../../../../shared/domain/activity'
import { useLocale } from '../../i18n/useLocale'
import { LogActivityForm } from './LogActivityForm'
import { describeChanges } from './activityText'
import { timelineOf } from './activityRepo'

const icons: Record<Activity['kind'], Icon> = {
  call: IconPhone,
  email: IconMail,
  meeting: IconUsers,
  note: IconNote,
  edit: IconPencil,
}

type TimelineProps = {
  subjectType: Activity['subjectType']
  subjectId: string
  /** The i18n namespace whose `fields.*` name the record's fields in edits. */
  fieldNamespace: string
}

/** What happened with a record, newest first: calls, emails, meetings, notes and edits. */
export function Timeline({ subjectType, subjectId, fieldNamespace }: TimelineProps) {
  const { t } = useTranslation()
  const { format } = useLocale()
  const activities = useLiveQuery(() => timelineOf(subjectId), [subjectId])

  return (
    <Stack>
      <Title order={3}>{t('timeline.title')}</Title>
      <LogActivityForm subjectType={subjectType} subjectId={subjectId} />
      {activities?.length === 0 && <Text c="dimmed">{t('timeline.empty')}</Text>}
      <MantineTimeline bulletSize={26} lineWidth={2} aria-label={t('timeline.title')}>
        {activities?.map((activity) => {
          const Icon = icons[activity.kind]
          const lines = activity.kind === 'edit' ? describeChanges(activity, fieldNamespace, t) : []
          return (
            <MantineTimeline.Item
              key={activity.id}
              bullet={<Icon size={14} />}
              title={activity.kind === 'edit' ? t('timeline.edited') : activity.summary}
              data-testid="timeline-item"
            >
              <Text size="xs" c="dimmed">
                {t(`timeline.kind.${activity.kind}`)} · {format.dateTime(activity.occurredAt)}
              </Text>
              {lines.map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
              {activity.details && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {activity.details}
                </Text>
              )}
            </MantineTimeline.Item>
          )
        })}
      </MantineTimeline>
    </Stack>
  )
}
