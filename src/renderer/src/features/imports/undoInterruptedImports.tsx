import { Anchor, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { db } from '../../db/db'
import { i18n } from '../../i18n/i18n'
import { rollbackInterruptedImports } from '../../import/rollbackImportRun'

let started = false

/**
 * At start, an import the app never finished (it closed or crashed while importing) is rolled
 * back, and the user hears of it: the rows they expected are not there. Once per window, even
 * where React runs effects twice.
 */
export async function undoInterruptedImports(): Promise<void> {
  if (started) return
  started = true
  let count: number
  try {
    count = await rollbackInterruptedImports(db)
  } catch (error) {
    console.error('Rolling back interrupted imports failed', error)
    return
  }
  if (!count) return
  notifications.show({
    color: 'orange',
    autoClose: 15000,
    title: i18n.t('imports.interrupted.title', { count }),
    message: (
      <Text size="sm">
        {i18n.t('imports.interrupted.body', { count })}{' '}
        <Anchor href="#/imports" size="sm">
          {i18n.t('imports.interrupted.open')}
        </Anchor>
      </Text>
    ),
  })
}
