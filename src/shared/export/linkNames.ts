/**
 * The names of the records an export row links to, by id: linked records are written by name
 * (campaign title, partner name, metric name, screening title), never by id, as the importer
 * reads them.
 */
export type LinkNames = {
  campaigns: ReadonlyMap<string, string>
  organizations: ReadonlyMap<string, string>
  /** A metric's name and the campaign it counts for. */
  metrics: ReadonlyMap<string, { name: string; campaignId: string }>
  screenings: ReadonlyMap<string, string>
}

export const noLinkNames: LinkNames = {
  campaigns: new Map(),
  organizations: new Map(),
  metrics: new Map(),
  screenings: new Map(),
}
