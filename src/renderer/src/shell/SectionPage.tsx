import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ReactNode } from 'react'
import { EmptyState } from './EmptyState'
import { PageHeader } from './PageHeader'

type SectionPageProps = {
  title: string
  count: () => Promise<number>
  countLabel: (count: number) => string
  empty: { title: string; body: string; action?: ReactNode }
}

/** A section whose full screen comes later: it says how many records it holds, or what it is for. */
export function SectionPage({ title, count, countLabel, empty }: SectionPageProps) {
  const total = useLiveQuery(count, [count])
  return (
    <>
      <PageHeader title={title} />
      {total === undefined ? null : total === 0 ? (
        <EmptyState {...empty} />
      ) : (
        <Text size="lg" data-testid="section-count">
          {countLabel(total)}
        </Text>
      )}
    </>
  )
}
