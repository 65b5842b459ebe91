import Dexie from 'dexie'
import { LIVE } from '../../../../../shared/domain/record'
import type { Screening } from '../../../../../shared/domain/screening'
import { db } from '../../../db/db'
import { dayInZone } from '../../screenings/calendar/calendarDays'
import { type Region, regionOf } from './regionOf'

/** What the dashboard needs of a screening, small enough to keep every one in memory. */
export type ScreeningFact = {
  id: string
  /** The day it takes place in its own time zone, or '' when not yet dated. */
  day: string
  startKey: string
  status: Screening['status']
  type: Screening['type']
  country: string
  region: Region | ''
  partnerIds: string[]
  rsvps?: number
  attendance?: number
  attendanceEstimated: boolean
  captions: boolean
  audioDescription: boolean
  asl: boolean
}

export function factOf(screening: Screening): ScreeningFact {
  const { accessibility: access } = screening
  return {
    id: screening.id,
    day: screening.startsAt ? dayInZone(screening.startsAt, screening.timeZone) : '',
    startKey: screening.startKey,
    status: screening.status,
    type: screening.type,
    country: screening.country.trim(),
    region: regionOf(screening.timeZone),
    partnerIds: screening.partnerIds,
    rsvps: screening.rsvps,
    attendance: screening.attendance,
    attendanceEstimated: screening.attendanceEstimated,
    captions: access.closedCaptions || access.openCaptions,
    audioDescription: access.audioDescription,
    asl: access.asl,
  }
}

/**
 * The live screenings of a campaign (through `[campaignId+startKey]`) or of every campaign
 * (through `[deletedAt+startKey]`), as facts. Read once per change of the screenings; the date
 * filter then works on these in memory, so changing it reads nothing.
 */
export async function readScreeningFacts(campaignId: string | null): Promise<ScreeningFact[]> {
  const screenings = campaignId
    ? (
        await db.screenings
          .where('[campaignId+startKey]')
          .between([campaignId, Dexie.minKey], [campaignId, Dexie.maxKey], true, true)
          .toArray()
      ).filter((screening) => screening.deletedAt === LIVE)
    : await db.screenings
        .where('[deletedAt+startKey]')
        .between([LIVE, Dexie.minKey], [LIVE, Dexie.maxKey], true, true)
        .toArray()
  return screenings.map(factOf)
}
