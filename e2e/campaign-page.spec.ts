import { expect, test } from './fixtures'
import { CampaignPage } from './pages/CampaignPage'
import { CampaignsScreen } from './pages/CampaignsScreen'
import { RecordTable } from './pages/RecordTable'
import { Shell } from './pages/Shell'
import { organizationRecords, seed } from './seed'

const organizations = organizationRecords([
  { name: 'AFL-CIO', type: 'laborFederation', tags: ['labor'] },
  { name: 'Amazon Labor Union-IBT Local 1', type: 'union', tags: ['labor'] },
  { name: 'Hot Docs', type: 'festival', city: 'Toronto' },
])

// Each test builds its campaigns through the UI, as a person would: slower than seeding them.
test.describe.configure({ timeout: 90_000 })

test.beforeEach(async ({ app }) => {
  await new Shell(app.page).ready()
  await seed(app.page, 'organizations', organizations)
})

/** UNION and Bessemer with two issue tags and one partner in common. */
async function twoRelatedCampaigns(page: CampaignPage) {
  const campaigns = new CampaignsScreen(page.page)
  await new Shell(page.page).goTo('Campaigns')
  await campaigns.create({ title: 'UNION', logline: 'Amazon workers in Staten Island' })
  await campaigns.create({ title: 'Bessemer, Alabama' })

  await page.open('UNION')
  await page.setIssueTags(['labor rights', 'union organizing', 'solidarity'])
  await page.addPartner('afl', 'AFL-CIO')
  await page.addPartner('amazon lab', 'Amazon Labor Union-IBT Local 1')

  await page.open('Bessemer, Alabama')
  await page.setIssueTags(['Labor rights', 'union organizing'])
  await page.addPartner('afl', 'AFL-CIO')
}

test('a suggested campaign shows why, and accepting it links the two', async ({ app }) => {
  const page = new CampaignPage(app.page)
  await twoRelatedCampaigns(page)

  const suggestion = page.suggestion('UNION')
  await expect(suggestion).toContainText('2 shared issue tags: Labor rights, union organizing')
  await expect(suggestion).toContainText('1 shared partner: AFL-CIO')
  await suggestion.getByRole('button', { name: 'Link UNION' }).click()

  await expect(page.suggestions).toHaveCount(0)
  await expect(page.link('UNION')).toContainText('Same issue')
  await expect(page.neighbourhood.getByRole('listitem')).toHaveText([
    'Bessemer, Alabama → UNION: Same issue',
  ])

  // From UNION, the link shows the other way round, with UNION in the centre.
  await page.link('UNION').getByRole('link', { name: 'UNION' }).click()
  await expect(page.heading).toHaveText('UNION')
  await expect(page.link('Bessemer, Alabama')).toBeVisible()
  await expect(page.suggestions).toHaveCount(0)

  // An outside campaign linked to UNION is one more node of the neighbourhood.
  await page.addExternalLink({
    name: 'In The Heights',
    url: 'https://www.intheheights.movie',
    type: 'Precedent',
  })
  await expect(page.neighbourhood.getByRole('listitem')).toHaveCount(2)
  await expect(page.neighbourhood.locator('svg line')).toHaveCount(2)
  await expect(page.neighbourhood.locator('svg')).toContainText('In The Heights')

  await app.page.mouse.move(0, 0)
  await expect(app.page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 })
  const shell = new Shell(app.page)
  for (const theme of ['light', 'dark'] as const) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await expect(app.page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme)
    await app.page.mouse.move(0, 0)
    await expect(app.page.getByRole('tooltip')).toHaveCount(0)
    await page.heading.scrollIntoViewIfNeeded()
    await app.page.screenshot({ path: `test-results/screenshots/campaign-detail-${theme}.png` })
    await page.links.screenshot({
      path: `test-results/screenshots/campaign-neighbourhood-${theme}.png`,
    })
  }
})

test('a dismissed suggestion stays gone after a reload', async ({ app }) => {
  const page = new CampaignPage(app.page)
  await twoRelatedCampaigns(page)
  await page.suggestion('UNION').getByRole('button', { name: 'Dismiss UNION' }).click()
  await expect(page.suggestions).toHaveCount(0)
  await expect(page.links).toContainText('No linked campaigns yet')

  await app.page.reload()
  await expect(page.heading).toHaveText('Bessemer, Alabama')
  await expect(page.links).toContainText('No linked campaigns yet')
  await expect(page.suggestions).toHaveCount(0)
})

test('an outside campaign is linked with a checked web address, and removed with Undo', async ({
  app,
}) => {
  const page = new CampaignPage(app.page)
  await new Shell(app.page).goTo('Campaigns')
  await new CampaignsScreen(app.page).create({ title: 'UNION' })
  await page.open('UNION')

  const dialog = await page.addExternalLink({ name: 'In The Heights', url: 'intheheights' })
  await expect(dialog.getByText('Enter a web address such as https://example.org')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Web address' }).fill('https://www.intheheights.movie')
  await dialog.getByRole('button', { name: 'Link', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(page.link('In The Heights')).toContainText('https://www.intheheights.movie')
  await expect(page.link('In The Heights')).toContainText('Outside the workspace')

  await page.addExternalLink({ name: 'We Strangers', type: 'Same issue' })
  await expect(page.link('We Strangers')).toContainText('Same issue')

  await page
    .link('We Strangers')
    .getByRole('button', { name: 'Remove the link to We Strangers' })
    .click()
  await expect(page.link('We Strangers')).toHaveCount(0)
  await app.page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.link('We Strangers')).toBeVisible()

  // A bad web address on the campaign itself is refused on the field.
  await page.setText('Website', 'union film')
  await expect(app.page.getByText('Enter a web address such as https://example.org')).toBeVisible()
  await app.page.getByRole('textbox', { name: 'Website', exact: true }).fill('https://unionfilm.co')
  await page.saveField('Website')
  await expect(app.page.getByText('https://unionfilm.co', { exact: true })).toBeVisible()
})

test('the current campaign narrows the Partners table until all campaigns are shown', async ({
  app,
}) => {
  const page = new CampaignPage(app.page)
  const shell = new Shell(app.page)
  await shell.goTo('Campaigns')
  await new CampaignsScreen(app.page).create({ title: 'UNION' })
  await page.open('UNION')
  await page.addPartner('afl', 'AFL-CIO')

  const partners = new RecordTable(app.page, 'Partners', /Search name, domain/)
  await shell.goTo('Partners')
  await partners.expectCount(3)

  const switcher = app.page.getByRole('combobox', { name: 'Current campaign' })
  await expect(switcher).toHaveValue('All campaigns')
  await switcher.click()
  await app.page.getByRole('option', { name: 'UNION', exact: true }).click()
  await partners.expectCount(1)
  await expect(partners.row('AFL-CIO')).toBeVisible()
  await expect(app.page.getByTestId('table-scope')).toHaveText('In UNION')

  // Remembered across a restart of the window.
  await app.page.reload()
  await expect(switcher).toHaveValue('UNION')
  await partners.expectCount(1)

  await app.page.getByRole('button', { name: 'Show all campaigns' }).click()
  await partners.expectCount(3)
  await expect(switcher).toHaveValue('All campaigns')

  await switcher.click()
  await app.page.getByRole('option', { name: 'UNION', exact: true }).click()
  await partners.expectCount(1)
  await switcher.click()
  await app.page.getByRole('option', { name: 'All campaigns', exact: true }).click()
  await partners.expectCount(3)
  await expect(app.page.getByTestId('table-scope')).toHaveCount(0)
})
