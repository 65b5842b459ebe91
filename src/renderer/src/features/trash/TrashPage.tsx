import { Badge, Tabs } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useLocale } from '../../i18n/useLocale'
import { EmptyState } from '../../shell/EmptyState'
import { PageHeader } from '../../shell/PageHeader'
import { TrashTable } from './TrashTable'
import { type TrashKindKey, trashKinds } from './trashKinds'

const countAll = () => Promise.all(trashKinds.map((kind) => kind.count()))

/** What was deleted, kind by kind, to restore or to delete forever. */
export function TrashPage() {
  const { t } = useTranslation()
  const { format } = useLocale()
  const [params, setParams] = useSearchParams()
  const counts = useLiveQuery(countAll)

  if (!counts) return <PageHeader title={t('trash.title')} />
  const total = counts.reduce((sum, count) => sum + count, 0)
  const asked = trashKinds.find((kind) => kind.key === params.get('kind'))
  // Without a choice in the address, open the first kind that has something in it.
  const active = asked ?? trashKinds.find((_, index) => counts[index]! > 0) ?? trashKinds[0]!

  return (
    <>
      <PageHeader title={t('trash.title')} />
      {total === 0 ? (
        <EmptyState title={t('trash.emptyTitle')} body={t('trash.emptyBody')} />
      ) : (
        <Tabs
          value={active.key}
          onChange={(key) => key && setParams({ kind: key as TrashKindKey }, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {trashKinds.map((kind, index) => (
              <Tabs.Tab
                key={kind.key}
                value={kind.key}
                rightSection={
                  counts[index] ? (
                    <Badge size="sm" variant="light" circle={counts[index]! < 10}>
                      {format.number(counts[index]!)}
                    </Badge>
                  ) : null
                }
              >
                {t(`nav.${kind.key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {trashKinds.map((kind) => (
            <Tabs.Panel key={kind.key} value={kind.key}>
              <TrashTable kind={kind} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </>
  )
}
