import type { OrganizationInput } from '../src/shared/domain/organization'
import { expect, test } from './fixtures'
import { BoardScreen, stageNames } from './pages/BoardScreen'
import { Shell } from './pages/Shell'

const partners: OrganizationInput[] = [
  {
    name: 'Amazon Labor Union',
    type: 'union',
    city: 'Staten Island',
    country: 'US',
    stage: 'prospect',
    strength: 1,
  },
  { name: 'RWDSU', type: 'union', city: 'Bessemer', country: 'US', stage: 'prospect', strength: 3 },
  {
    name: 'Teamsters Local 804',
    type: 'union',
    city: 'New York',
    country: 'US',
    stage: 'committed',
    strength: 2,
  },
  { name: 'Hot Docs', type: 'festival', city: 'Toronto', country: 'CA', stage: 'inConversation' },
  {
    name: 'Ford Foundation JustFilms',
    type: 'funder',
    country: 'US',
    stage: 'activePartner',
    strength: 1,
  },
  { name: 'Gary Public Library', type: 'venue', city: 'Gary', stage: 'contacted', strength: 4 },
  { name: 'Sundance Institute', type: 'festival', stage: 'alumni', strength: 2 },
  { name: 'Campus Film Club', type: 'campusGroup', stage: 'declined', strength: 5 },
]

async function openSeededBoard(board: BoardScreen, organizations = partners) {
  await board.open()
  // The board's first counts mean the app has opened (and, on a fresh profile, created) its database.
  await expect(board.count('Prospect')).toHaveText('0')
  const records = await board.seed(organizations)
  await expect(board.heading).toHaveText('Partnership board')
  return records
}

test('dragging a card to another column changes its stage, for good', async ({ app }) => {
  const board = new BoardScreen(app.page)
  const records = await openSeededBoard(board)
  const alu = records.find((record) => record.name === 'Amazon Labor Union')!
  await expect(board.count('Prospect')).toHaveText('2')
  await expect(board.count('In conversation')).toHaveText('1')

  await board.drag('Amazon Labor Union', 'In conversation')

  await expect(board.count('Prospect')).toHaveText('1')
  await expect(board.count('In conversation')).toHaveText('2')
  await expect(board.cards('In conversation')).toHaveText([/Amazon Labor Union/, /Hot Docs/])
  await expect(app.page.getByText('“Amazon Labor Union” moved to In conversation')).toBeVisible()
  expect(await board.storedStage(alu.id)).toBe('inConversation')

  await app.page.reload()
  await expect(board.count('In conversation')).toHaveText('2')
  await expect(board.column('In conversation').getByText('Amazon Labor Union')).toBeVisible()
  await expect(board.column('Prospect').getByText('Amazon Labor Union')).toHaveCount(0)
})

test('Undo after a drag puts the card back in its column', async ({ app }) => {
  const board = new BoardScreen(app.page)
  const records = await openSeededBoard(board)
  const rwdsu = records.find((record) => record.name === 'RWDSU')!

  await board.drag('RWDSU', 'Contacted')
  await expect(board.count('Contacted')).toHaveText('2')
  await app.page.getByRole('button', { name: 'Undo' }).click()

  await expect(board.count('Contacted')).toHaveText('1')
  await expect(board.count('Prospect')).toHaveText('2')
  await expect(board.column('Prospect').getByText('RWDSU')).toBeVisible()
  expect(await board.storedStage(rwdsu.id)).toBe('prospect')
})

test('a card held at the side of the board scrolls it to the far columns', async ({ app }) => {
  const board = new BoardScreen(app.page)
  await openSeededBoard(board)
  await expect(board.column('Declined')).not.toBeInViewport()

  await board.dragAcross('RWDSU', 'Declined')

  await expect(board.count('Declined')).toHaveText('2')
  await expect(board.count('Prospect')).toHaveText('1')
  await expect(board.column('Declined').getByText('RWDSU')).toBeVisible()
})

test('"Move to…" changes the stage without a mouse, and focus follows the card', async ({
  app,
}) => {
  const board = new BoardScreen(app.page)
  await openSeededBoard(board)

  await board.moveWithKeyboard('Hot Docs', 'Active partner')

  await expect(board.count('In conversation')).toHaveText('0')
  await expect(board.count('Active partner')).toHaveText('2')
  await expect(board.column('Active partner').getByText('Hot Docs')).toBeVisible()
  await expect(board.moveButton('Hot Docs')).toBeFocused()
  await expect(app.page.getByText('“Hot Docs” moved to Active partner')).toBeVisible()
  // The stage it is already in is shown but cannot be picked again.
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('menuitem', { name: 'Active partner' })).toBeDisabled()
  await app.page.keyboard.press('Escape')
})

test('a card shows its type, place and trust, and opens the organization', async ({ app }) => {
  const board = new BoardScreen(app.page)
  const records = await openSeededBoard(board)
  const alu = records.find((record) => record.name === 'Amazon Labor Union')!

  const card = board.card('Amazon Labor Union')
  await expect(card).toContainText('Union')
  await expect(card).toContainText('Staten Island, US')
  await expect(card).toContainText('1 · strongest')
  await expect(board.card('Campus Film Club')).toContainText('5 · weakest')

  await card.getByText('Staten Island, US').click()
  await expect
    .poll(() => app.page.evaluate(() => window.location.hash))
    .toBe(`#/partners/${alu.id}`)
})

test('10,000 organizations: each column reads a page of cards and counts them all', async ({
  app,
}) => {
  // Writing 10,000 records from the test takes far longer than the board takes to show them.
  test.slow()
  const stages = Object.keys(stageNames) as (keyof typeof stageNames)[]
  const many: OrganizationInput[] = Array.from({ length: 10_000 }, (_, index) => ({
    name: `Organization ${String(index).padStart(5, '0')}`,
    type: 'nonprofit',
    stage: stages[index % stages.length],
    strength: (index % 5) + 1,
  }))
  const board = new BoardScreen(app.page)
  await openSeededBoard(board, many)
  await expect(board.count('Prospect')).toHaveText('1,429')
  await expect(board.count('Declined')).toHaveText('1,428')
  await expect(board.cards('Prospect')).toHaveCount(50)
  await expect(app.page.getByTestId('board-card')).toHaveCount(50 * stages.length)
  await expect(board.cards('Prospect').first()).toContainText('Organization 00000')

  await board
    .column('Prospect')
    .getByRole('button', { name: /Show more/ })
    .click()
  await expect(board.cards('Prospect')).toHaveCount(100)
  await expect(board.cards('Contacted')).toHaveCount(50)

  await board.drag('Organization 00000', 'Contacted')
  await expect(board.count('Prospect')).toHaveText('1,428')
  await expect(board.count('Contacted')).toHaveText('1,430')
})

test('the board in both themes', async ({ app }) => {
  const shell = new Shell(app.page)
  const board = new BoardScreen(app.page)
  await openSeededBoard(board)
  await expect(board.cards('Prospect')).toHaveCount(2)
  for (const theme of ['light', 'dark']) {
    if ((await shell.colorScheme()) !== theme) await shell.themeToggle.click()
    await app.page.mouse.move(0, 0)
    await app.page.screenshot({ path: `test-results/screenshots/board-${theme}.png` })
  }
  await board.moveButton('Amazon Labor Union').click()
  await expect(app.page.getByRole('menu')).toBeVisible()
  await app.page.screenshot({ path: 'test-results/screenshots/board-menu-dark.png' })
  await app.page.keyboard.press('Escape')

  await shell.chooseLanguage('العربية')
  await expect(board.heading).toHaveText('لوحة الشراكات')
  await expect(app.page.getByRole('region', { name: 'محتمل' })).toBeVisible()
  await app.page.mouse.move(0, 0)
  await app.page.screenshot({ path: 'test-results/screenshots/board-ar-dark.png' })
})
