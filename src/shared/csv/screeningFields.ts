import {
  accessibilityFlags,
  licenceTypes,
  qaKinds,
  screeningStatuses,
  screeningTypes,
} from '../domain/screening'
import en from '../i18n/locales/en.json'
import { aslChoices, captionChoices } from './accessChoices'
import type { ImportField } from './importField'
import { recordIdField } from './recordIdField'

const labels = en.screenings.fields

/** Each accessibility flag is a yes/no column headed by its label ("Closed captions"). */
const accessibilityFields: ImportField[] = accessibilityFlags.map((flag) => ({
  key: `accessibility.${flag}`,
  header: en.screenings.access[flag],
  type: 'boolean',
  synonyms: [flag],
}))

/**
 * The fields of a screening. The campaign, host and co-presenting partners are named, never
 * given by id: the importer matches them by name (or offers a new record).
 */
export const screeningFields: readonly ImportField[] = [
  {
    key: 'title',
    header: labels.title,
    type: 'text',
    required: true,
    synonyms: [
      'Screening',
      'Screening title',
      'Event',
      'Event name',
      'Event title',
      'Name',
      // A schedule kept in French, Spanish or Haitian Creole.
      'Titre',
      'Título',
      'Tit',
    ],
  },
  {
    key: 'campaign',
    header: labels.campaign,
    type: 'text',
    required: true,
    synonyms: ['Film', 'Campaign title', 'Project'],
  },
  {
    key: 'type',
    header: labels.type,
    type: 'enum',
    options: screeningTypes,
    optionLabels: en.screenings.type,
    synonyms: ['Screening type', 'Event type', 'Kind'],
  },
  {
    key: 'startsAt',
    header: labels.startsAt,
    type: 'dateTime',
    synonyms: ['Starts', 'Date and time', 'Start date and time', 'Event start', 'When'],
  },
  // A schedule's date and time in columns of their own, combined into the start on import. The
  // date also takes a date with a time, as some sheets put both in their "Date" column.
  {
    key: 'startDate',
    header: labels.startDate,
    type: 'dateTime',
    importOnly: true,
    synonyms: ['Event date', 'Screening date', 'Show date', 'Day', 'Fecha', 'Jour', 'Dat'],
  },
  {
    key: 'startTime',
    header: labels.startTime,
    type: 'time',
    importOnly: true,
    synonyms: [
      'Time',
      'Event time',
      'Screening time',
      'Showtime',
      'Doors',
      'Doors open',
      'Heure',
      'Heure de début',
      'Hora',
      'Hora de inicio',
      'Lè',
    ],
  },
  {
    key: 'timeZone',
    header: labels.timeZone,
    type: 'text',
    synonyms: ['TZ', 'Timezone', 'Fuseau horaire', 'Zona horaria', 'Fizo orè'],
  },
  {
    key: 'durationMinutes',
    header: labels.durationMinutes,
    type: 'integer',
    min: 1,
    synonyms: ['Duration', 'Runtime', 'Length'],
  },
  {
    key: 'venue.name',
    header: labels.venueName,
    type: 'text',
    synonyms: ['Venue', 'Location', 'Place', 'Lieu', 'Salle', 'Lugar', 'Sede', 'Kote'],
  },
  {
    key: 'venue.address',
    header: labels.address,
    type: 'text',
    synonyms: ['Street', 'Venue address'],
  },
  {
    key: 'venue.city',
    header: labels.city,
    type: 'text',
    synonyms: ['Town', 'Venue city', 'Ville', 'Ciudad', 'Vil'],
  },
  { key: 'venue.country', header: labels.country, type: 'text', synonyms: ['Venue country'] },
  { key: 'venue.capacity', header: labels.capacity, type: 'integer', min: 0, synonyms: ['Seats'] },
  {
    key: 'host',
    header: labels.host,
    type: 'text',
    synonyms: [
      'Host',
      'Host organization',
      'Host organisation',
      'Presenter',
      'Organizer',
      'Partner',
    ],
  },
  {
    key: 'coPresenters',
    header: labels.coPresenters,
    type: 'text',
    multi: true,
    synonyms: ['Co-presenters', 'Co-hosts', 'Partners'],
  },
  {
    key: 'licence.type',
    header: labels.licenceType,
    type: 'enum',
    options: licenceTypes,
    optionLabels: en.screenings.licence,
    synonyms: ['Licence type', 'License', 'License type'],
  },
  {
    key: 'licence.fee',
    header: labels.fee,
    type: 'number',
    min: 0,
    synonyms: ['Licence fee', 'License fee', 'Price'],
  },
  { key: 'licence.currency', header: labels.currency, type: 'text', synonyms: ['Fee currency'] },
  { key: 'licence.ticketed', header: 'Ticketed', type: 'boolean', synonyms: ['Tickets'] },
  {
    key: 'qa.kind',
    header: labels.qaKind,
    type: 'enum',
    options: qaKinds,
    optionLabels: en.screenings.qaKind,
    synonyms: ['Q&A', 'Panel'],
  },
  { key: 'qa.notes', header: labels.qaNotes, type: 'text', synonyms: ['Speakers'] },
  {
    key: 'status',
    header: labels.status,
    type: 'enum',
    options: screeningStatuses,
    optionLabels: en.screenings.status,
    synonyms: ['Screening status', 'Stage'],
  },
  ...accessibilityFields,
  // One column for captions or ASL, as schedules often have, read into the flags above.
  {
    key: 'captions',
    header: labels.captions,
    type: 'enum',
    importOnly: true,
    options: captionChoices,
    optionLabels: en.screenings.captions,
    synonyms: ['Captioning', 'Caption', 'CC', 'Subtitulado', 'Sous-titrage'],
  },
  {
    key: 'aslCoverage',
    header: labels.aslCoverage,
    type: 'enum',
    importOnly: true,
    options: aslChoices,
    optionLabels: en.screenings.aslCoverage,
    synonyms: [
      'Sign language',
      'Sign language interpretation',
      'ASL interpreter',
      'ASL interpreting',
    ],
  },
  { key: 'accessibility.aslScope', header: labels.aslScope, type: 'text', synonyms: ['ASL scope'] },
  {
    key: 'accessibility.subtitleLanguages',
    header: labels.subtitleLanguages,
    type: 'text',
    multi: true,
    synonyms: ['Subtitles'],
  },
  {
    key: 'accessibility.interpretationLanguages',
    header: labels.interpretationLanguages,
    type: 'text',
    multi: true,
    synonyms: ['Interpretation'],
  },
  { key: 'callToAction', header: labels.callToAction, type: 'text', synonyms: ['CTA', 'Ask'] },
  {
    key: 'rsvps',
    header: labels.rsvps,
    type: 'integer',
    min: 0,
    synonyms: ['RSVP', 'Registrations'],
  },
  {
    key: 'ticketsSold',
    header: labels.ticketsSold,
    type: 'integer',
    min: 0,
    synonyms: ['Tickets sold'],
  },
  {
    key: 'attendance',
    header: labels.attendance,
    type: 'integer',
    min: 0,
    synonyms: ['Attendees', 'Audience', 'Turnout'],
  },
  {
    key: 'attendanceEstimated',
    header: 'Attendance estimated',
    type: 'boolean',
    synonyms: ['Estimated'],
  },
  { key: 'hostReport.whyThisFilm', header: labels.whyThisFilm, type: 'text', synonyms: [] },
  { key: 'hostReport.whatWasUseful', header: labels.whatWasUseful, type: 'text', synonyms: [] },
  {
    key: 'hostReport.notes',
    header: 'Report notes',
    type: 'text',
    synonyms: ['Host report', 'Host report notes'],
  },
  {
    key: 'notes',
    header: labels.notes,
    type: 'text',
    synonyms: ['Note', 'Comments', 'Remarks', 'Notas', 'Remarques', 'Nòt'],
  },
  recordIdField,
]
