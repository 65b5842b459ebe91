import { expect, test } from './fixtures'
import { BackupsScreen } from './pages/BackupsScreen'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'
import { contactRecords, seed } from './seed'

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(app.page, 'contacts', contactRecords([{ firstName: 'Marisol', lastName: 'Peña' }]))
})

/**
 * A full disk, as IndexedDB reports it: every write the window makes fails with
 * QuotaExceededError until `freeSpace` is called. The database itself is real.
 */
async function fillDisk(page: import('@playwright/test').Page, name = 'QuotaExceededError') {
  await page.evaluate((name) => {
    const full = { on: true }
    Object.assign(window, { freeSpace: () => (full.on = false) })
    for (const method of ['put', 'add'] as const) {
      const write = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args) {
        if (full.on) throw new DOMException('The disk is full', name)
        return write.apply(this, args)
      } as typeof write
    }
  }, name)
}

test('a save on a full disk says so at once, keeps what was typed, and writes nothing', async ({
  app,
}) => {
  const page = app.page
  const table = new RecordTable(page, 'Contacts', /Search name, email, organization/)
  await new Shell(page).goTo('Contacts')
  await table.expectCount(1)
  await fillDisk(page)

  await page.keyboard.press('ControlOrMeta+N')
  const dialog = page.getByRole('dialog', { name: 'New contact' })
  await dialog.getByLabel('First name').fill('Ana')
  await dialog.getByLabel('Last name').fill('López')
  await dialog.getByRole('button', { name: 'Create' }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'The disk is full' })
  await expect(notice).toBeVisible({ timeout: 2_000 })
  await expect(notice).toContainText('That change was not saved')
  await expect(dialog.getByLabel('First name')).toHaveValue('Ana')
  await expect(dialog.getByLabel('Last name')).toHaveValue('López')
  await page.screenshot({ path: 'test-results/screenshots/storage-full.png' })

  // Space freed, the same form saves.
  await page.evaluate(() => (window as unknown as { freeSpace: () => void }).freeSpace())
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Ana López' })).toBeVisible()
  await new Shell(page).goTo('Contacts')
  await table.expectCount(2)
})

test('any other refused write is told at once too, and the form keeps what was typed', async ({
  app,
}) => {
  const page = app.page
  await new Shell(page).goTo('Contacts')
  await fillDisk(page, 'UnknownError')
  await page.keyboard.press('ControlOrMeta+N')
  const dialog = page.getByRole('dialog', { name: 'New contact' })
  await dialog.getByLabel('First name').fill('Ana')
  await dialog.getByLabel('Last name').fill('López')
  await dialog.getByRole('button', { name: 'Create' }).click()
  const notice = page.getByRole('alert').filter({ hasText: 'That change was not saved' })
  await expect(notice).toBeVisible({ timeout: 2_000 })
  await expect(notice).toContainText('Everything saved before is safe')
  await expect(page.getByRole('alert').filter({ hasText: 'The disk is full' })).toHaveCount(0)
  await expect(dialog.getByLabel('First name')).toHaveValue('Ana')
  await new RecordTable(page, 'Contacts', /Search name, email, organization/).expectCount(1)
})

test('the Backups screen says whether the system may clear the workspace, and the space it uses', async ({
  app,
}) => {
  const backups = new BackupsScreen(app)
  await backups.open()
  // Electron grants the app's request at start (main's permission policy); a browser decides
  // for itself, so the screen must say what the storage really is.
  const persisted = await app.page.evaluate(() => navigator.storage.persisted())
  const status = app.page.getByTestId('storage-status')
  await expect(status).toContainText(
    persisted ? 'kept even when the disk runs low' : 'the system may clear this workspace',
  )
  await expect(status).toContainText(/Using \d.* of \d.* available/)
})
