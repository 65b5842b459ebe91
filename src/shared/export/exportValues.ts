import type { LinkNames } from './linkNames'
import type { ExportEntity } from './exportOptions'

type Item = Record<string, unknown>

/** Paths split once: an export reads every field of every record. */
const splitPaths = new Map<string, string[]>()
function getPath(record: Item, path: string): unknown {
  let keys = splitPaths.get(path)
  if (!keys) splitPaths.set(path, (keys = path.split('.')))
  let at: unknown = record
  for (const key of keys) at = (at as Item | undefined)?.[key]
  return at
}

/** Addresses or numbers of a contact's list, the primary one first (the importer's primary). */
function listOf(items: unknown, key: 'address' | 'number'): string[] {
  const list = (items as { primary?: boolean; address?: string; number?: string }[]) ?? []
  return [...list]
    .sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)))
    .map((item) => item[key] ?? '')
}

/**
 * The value of each export field of a stored record, by field key: the reverse of how the
 * importer turns a row into a record (`rowRecords`). Fields not listed here are read at their
 * path ("venue.city").
 */
export function exportValues(
  entity: ExportEntity,
  record: Item,
  names: LinkNames,
): (key: string) => unknown {
  if (entity === 'contacts') {
    const special: Item = {
      emails: listOf(record['emails'], 'address'),
      phones: listOf(record['phones'], 'number'),
    }
    return (key) => (key in special ? special[key] : getPath(record, key))
  }
  if (entity === 'screenings') {
    const coPresenters = (record['coPresenters'] as { organizationId: string }[] | undefined) ?? []
    const host = record['hostOrganizationId'] as string | undefined
    const special: Item = {
      campaign: names.campaigns.get(record['campaignId'] as string),
      host: host ? names.organizations.get(host) : undefined,
      coPresenters: coPresenters.flatMap(({ organizationId }) => {
        const name = names.organizations.get(organizationId)
        return name ? [name] : []
      }),
    }
    return (key) => (key in special ? special[key] : getPath(record, key))
  }
  if (entity === 'metricEntries') {
    const metric = names.metrics.get(record['metricId'] as string)
    const screening = record['screeningId'] as string | undefined
    const organization = record['organizationId'] as string | undefined
    const special: Item = {
      metric: metric?.name,
      campaign: metric ? names.campaigns.get(metric.campaignId) : undefined,
      screening: screening ? names.screenings.get(screening) : undefined,
      organization: organization ? names.organizations.get(organization) : undefined,
    }
    return (key) => (key in special ? special[key] : getPath(record, key))
  }
  return (key) => getPath(record, key)
}
