import type { z } from 'zod'
import { affiliationSchema } from '../../../shared/domain/affiliation'
import { campaignSchema } from '../../../shared/domain/campaign'
import { contactSchema, deriveContact, type ContactFields } from '../../../shared/domain/contact'
import type { ImportTable } from '../../../shared/domain/importRun'
import { metricDefinitionSchema } from '../../../shared/domain/metricDefinition'
import { metricEntrySchema } from '../../../shared/domain/metricEntry'
import {
  deriveOrganization,
  organizationSchema,
  type OrganizationFields,
} from '../../../shared/domain/organization'
import {
  deriveScreening,
  screeningSchema,
  type ScreeningFields,
} from '../../../shared/domain/screening'

type Item = Record<string, unknown>

/** Each table's schema, and the fields stored beside a record's own (search words, keys). */
const tables: Record<ImportTable, { schema: z.ZodType; derive?: (fields: never) => object }> = {
  campaigns: { schema: campaignSchema },
  organizations: {
    schema: organizationSchema,
    derive: (fields: OrganizationFields) => deriveOrganization(fields),
  },
  contacts: { schema: contactSchema, derive: (fields: ContactFields) => deriveContact(fields) },
  affiliations: { schema: affiliationSchema },
  screenings: {
    schema: screeningSchema,
    derive: (fields: ScreeningFields) => deriveScreening(fields),
  },
  metricDefinitions: { schema: metricDefinitionSchema },
  metricEntries: { schema: metricEntrySchema },
}

/** The fields stored beside a new record's own (search words, keys). */
export function derivedFields(table: ImportTable, fields: Item): object {
  return tables[table].derive?.(fields as never) ?? {}
}

/** A record's fields checked again after a merge, with its derived fields recomputed. */
export function rebuilt(table: ImportTable, record: Item): Item {
  const { schema, derive } = tables[table]
  const parsed = schema.safeParse(record)
  if (!parsed.success) return record
  return { ...record, ...(parsed.data as Item), ...(derive?.(parsed.data as never) ?? {}) }
}
