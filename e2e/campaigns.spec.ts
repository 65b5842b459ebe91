import { expect, test } from './fixtures'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { Shell } from './pages/Shell'

test('a campaign written through its repository survives a reload', async ({ app }) => {
  const shell = new Shell(app.page)
  const campaigns = new CampaignsScreen(app.page)
  await shell.goTo('Campaigns')
  await expect(app.page.getByText('No campaigns yet')).toBeVisible()

  await campaigns.create({
    title: 'UNION',
    logline: 'Amazon workers in Staten Island win the first union at the company in the US',
  })
  await expect(campaigns.row('UNION')).toBeVisible()
  await app.page
    .getByRole('button', { name: /New campaign/ })
    .first()
    .click()
  await expect(app.page.getByRole('dialog').getByLabel('Title')).toHaveValue('')
  await app.page.keyboard.press('Escape')

  await app.page.reload()
  await expect(campaigns.row('UNION')).toContainText('Planning')
  await shell.goTo('Dashboard')
  await expect(app.page.getByTestId('count-campaigns')).toContainText('1')
})

test('a campaign without a title is refused with a message, and nothing is lost', async ({
  app,
}) => {
  const shell = new Shell(app.page)
  await shell.goTo('Campaigns')
  await app.page.getByRole('button', { name: /New campaign/ }).click()
  const dialog = app.page.getByRole('dialog', { name: 'New campaign' })
  await dialog.getByLabel('Logline').fill('A logline worth keeping')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(dialog.getByText('Give the campaign a title')).toBeVisible()
  await expect(dialog.getByLabel('Logline')).toHaveValue('A logline worth keeping')
})

test('a deleted campaign goes to the trash and Undo brings it back', async ({ app }) => {
  const shell = new Shell(app.page)
  const campaigns = new CampaignsScreen(app.page)
  await shell.goTo('Campaigns')
  await campaigns.create({ title: 'Bessemer' })
  await campaigns.create({ title: 'We Strangers' })
  await campaigns.row('Bessemer').getByRole('button', { name: 'Delete Bessemer' }).click()
  await expect(campaigns.row('Bessemer')).toHaveCount(0)
  await app.page.getByRole('button', { name: 'Undo' }).click()
  await expect(campaigns.row('Bessemer')).toBeVisible()
})

test('the README screenshot: campaigns of the sample film', async ({ app }) => {
  const shell = new Shell(app.page)
  const campaigns = new CampaignsScreen(app.page)
  await shell.goTo('Campaigns')
  await campaigns.create({
    title: 'UNION',
    logline: 'Amazon workers in Staten Island win the first union at the company in the US',
  })
  await campaigns.create({
    title: 'Bessemer, Alabama',
    logline: 'RWDSU-UFCW organizing at the Amazon warehouse in Bessemer',
  })
  await campaigns.create({
    title: 'We Strangers',
    logline: 'Race, class and assimilation, following Ray in Gary, Indiana',
  })
  await expect(campaigns.table.getByRole('row')).toHaveCount(4)
  await app.page.mouse.move(0, 0)
  // The "created" notifications close by themselves; the picture is of the screen after them.
  await expect(app.page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 })
  await app.page.screenshot({ path: 'docs/screenshot.png' })
})

test('a screen that fails shows what happened and a way back', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  // A record damaged outside the app: its timestamp cannot be shown.
  await app.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const tx = open.result.transaction('campaigns', 'readwrite')
          tx.objectStore('campaigns').put({
            id: 'damaged',
            title: 'Damaged',
            status: 'planning',
            createdAt: 'garbage',
            updatedAt: 'not a date',
            deletedAt: '',
          })
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
  )
  await shell.goTo('Campaigns').catch(() => undefined)
  await expect(app.page.getByRole('alert')).toContainText('This screen ran into a problem')
  await expect(shell.sidebar).toBeVisible()
  await app.page.screenshot({ path: 'test-results/screenshots/error-fallback.png' })
  await shell.goTo('Partners')
  await expect(app.page.getByRole('alert')).toHaveCount(0)
})

test('a start date picked in the calendar shows in the form and the list', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.goTo('Campaigns')
  await app.page.getByRole('button', { name: /New campaign/ }).click()
  const dialog = app.page.getByRole('dialog', { name: 'New campaign' })
  await dialog.getByLabel('Title').fill('UNION')
  await dialog.getByLabel('Start date').click()
  await app.page.getByRole('button', { name: /^15 / }).first().click()
  await expect(dialog.getByLabel('Start date')).toHaveValue(/^\w+ 15, \d{4}$/)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(new CampaignsScreen(app.page).row('UNION')).toContainText(/\w{3} 15, \d{4}/)
})
