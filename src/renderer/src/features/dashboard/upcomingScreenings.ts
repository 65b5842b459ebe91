import Dexie from 'dexie'
import { LIVE } from '../../../../shared/domain/record'
import type { Screening } from '../../../../shared/domain/screening'
import { db } from '../../db/db'

export type Lack = 'hostContact' | 'captions' | 'report'

/** Whether a screening has taken place: marked held, or its start passed and it is still open. */
export function isHeld(screening: Screening, now: string): boolean {
  if (screening.status === 'held') return true
  if (screening.status === 'reported' || screening.status === 'cancelled') return false
  return screening.startKey !== '' && screening.startKey < now
}

/** What a screening still lacks before (or after) it takes place. */
export function lacksOf(screening: Screening, now: string): Lack[] {
  const lacks: Lack[] = []
  if (!screening.people.some((person) => person.role === 'hostContact')) lacks.push('hostContact')
  if (!screening.accessibility.closedCaptions && !screening.accessibility.openCaptions) {
    lacks.push('captions')
  }
  if (isHeld(screening, now) && !screening.hostReport) lacks.push('report')
  return lacks
}

const byStart = () => db.screenings.where('[deletedAt+startKey]')

/** The next screenings from `now`, soonest first, read from the start index; cancelled left out. */
export function nextScreenings(now: string, limit = 8) {
  return byStart()
    .between([LIVE, now], [LIVE, Dexie.maxKey], true, true)
    .filter((screening) => screening.status !== 'cancelled')
    .limit(limit)
    .toArray()
}

/** Screenings that have taken place without a host report, most recent first. */
export function heldWithoutReport(now: string, limit = 5) {
  return byStart()
    .between([LIVE, ''], [LIVE, now], false, false)
    .reverse()
    .filter((screening) => isHeld(screening, now) && !screening.hostReport)
    .limit(limit)
    .toArray()
}

/** Both lists and the names of their host partners, for the dashboard. */
export async function upcomingPanel(now = new Date().toISOString()) {
  const [upcoming, awaitingReport] = await Promise.all([
    nextScreenings(now),
    heldWithoutReport(now),
  ])
  const hostIds = [...upcoming, ...awaitingReport].flatMap((s) => s.hostOrganizationId ?? [])
  const hosts = await db.organizations.bulkGet([...new Set(hostIds)])
  const hostNames = new Map(
    hosts.flatMap((org) => (org && org.deletedAt === LIVE ? [[org.id, org.name] as const] : [])),
  )
  return { now, upcoming, awaitingReport, hostNames }
}
