import { Anchor, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { Link } from 'react-router'
import { db } from '../../db/db'

/** A partner's name read by id, optionally as a link to its page. */
export function OrganizationName({ id, link = false }: { id: string | undefined; link?: boolean }) {
  const name = useLiveQuery(async () => (id ? (await db.organizations.get(id))?.name : ''), [id])
  if (!id || name === undefined) return null
  return link ? (
    <Anchor component={Link} to={`/partners/${id}`} size="sm">
      {name}
    </Anchor>
  ) : (
    <Text size="sm" truncate>
      {name}
    </Text>
  )
}
