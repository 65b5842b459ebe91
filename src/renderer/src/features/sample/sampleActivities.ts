import type { ActivityInput } from '../../../../shared/domain/activity'
import { SAMPLE_CAMPAIGN_ID, sampleId, sampleInstant } from './sampleIds'

export const sampleActivities: Record<string, ActivityInput> = {
  [sampleId('activity-alu-meeting')]: {
    subjectType: 'organization',
    subjectId: sampleId('org-alu'),
    kind: 'meeting',
    occurredAt: sampleInstant(-72, '17:30', -4),
    summary: 'Planning meeting with the organizing committee',
    details:
      'Agreed on union hall, campus and faith screenings on Staten Island; materials in four languages.',
  },
  [sampleId('activity-hotdocs-call')]: {
    subjectType: 'screening',
    subjectId: sampleId('screening-hotdocs'),
    kind: 'call',
    occurredAt: sampleInstant(-21, '11:00', -4),
    summary: 'Confirmed captions, audio description and ASL for the intro and Q&A',
  },
  [sampleId('activity-faith-report')]: {
    subjectType: 'screening',
    subjectId: sampleId('screening-faith'),
    kind: 'email',
    occurredAt: sampleInstant(-12, '09:15', -4),
    summary: 'Asked for the host report',
  },
  [sampleId('activity-marisol-call')]: {
    subjectType: 'contact',
    subjectId: sampleId('contact-marisol'),
    kind: 'call',
    occurredAt: sampleInstant(-8, '19:00', -4),
    summary: 'Will speak at Hot Docs and the Teamsters hall',
  },
  [sampleId('activity-campaign-note')]: {
    subjectType: 'campaign',
    subjectId: SAMPLE_CAMPAIGN_ID,
    kind: 'note',
    occurredAt: sampleInstant(-2, '10:00', -4),
    summary: 'Press coverage is one of our metrics: log each review and interview.',
  },
}
