import { randomUUID } from 'node:crypto'
import { type Locator, type Page, expect } from '@playwright/test'
import {
  type OrganizationInput,
  deriveOrganization,
  organizationSchema,
} from '../../src/shared/domain/organization'

/** The English stage labels, as the board's column headings show them. */
export const stageNames = {
  prospect: 'Prospect',
  contacted: 'Contacted',
  inConversation: 'In conversation',
  committed: 'Committed',
  activePartner: 'Active partner',
  alumni: 'Alumni',
  declined: 'Declined',
} as const

export type StageName = (typeof stageNames)[keyof typeof stageNames]

type SeedOptions = { deletedAt?: (index: number) => string }

/** The partnership board at #/partners/board. */
export class BoardScreen {
  readonly heading: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 2 })
  }

  async open() {
    await this.page.evaluate(() => (window.location.hash = '#/partners/board'))
    await expect(this.heading).toHaveText('Partnership board')
  }

  column(stage: StageName) {
    return this.page.getByRole('region', { name: stage, exact: true })
  }

  count(stage: StageName) {
    return this.column(stage).getByTestId('column-count')
  }

  card(name: string) {
    return this.page.getByRole('group', { name, exact: true })
  }

  cards(stage: StageName) {
    return this.column(stage).getByTestId('board-card')
  }

  /** Playwright's own drag and drop, for a column on screen. */
  async drag(name: string, to: StageName) {
    await this.card(name).dragTo(this.column(to))
  }

  /**
   * Drags a card to a column off screen as a person does: holds it at the board's side until
   * the column has scrolled in, then drops it there.
   */
  async dragAcross(name: string, to: StageName) {
    const board = (await this.page.getByTestId('board').boundingBox())!
    const column = this.column(to)
    const inView = async () => {
      const box = (await column.boundingBox())!
      return box.x >= board.x && box.x + box.width <= board.x + board.width
    }
    await this.card(name).hover()
    await this.page.mouse.down()
    const y = board.y + 60
    for (let step = 0; step < 200 && !(await inView()); step++) {
      // Each move is a dragover event; the board scrolls a little on each.
      await this.page.mouse.move(board.x + board.width - 12 - (step % 2), y)
    }
    expect(await inView()).toBe(true)
    const target = (await column.boundingBox())!
    await this.page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 4 })
    await this.page.mouse.up()
  }

  /** Opens the card's "Move to…" menu and picks a stage, with the keyboard only. */
  async moveWithKeyboard(name: string, to: StageName) {
    const button = this.moveButton(name)
    await button.focus()
    await this.page.keyboard.press('Enter')
    const target = this.page.getByRole('menuitem', { name: to, exact: true })
    await expect(target).toBeVisible()
    for (let step = 0; step < Object.keys(stageNames).length; step++) {
      if (await target.evaluate((item) => item === document.activeElement)) break
      await this.page.keyboard.press('ArrowDown')
    }
    await expect(target).toBeFocused()
    await this.page.keyboard.press('Enter')
  }

  moveButton(name: string) {
    return this.page.getByRole('button', { name: `Move ${name} to…`, exact: true })
  }

  /**
   * Writes organizations straight into IndexedDB, shaped as the app's repository writes them
   * (schema output, derived search words, record metadata), then reloads so the app reads them.
   * The app must have opened its database first (any screen that counts records does).
   */
  async seed(organizations: OrganizationInput[], { deletedAt }: SeedOptions = {}) {
    const at = new Date().toISOString()
    const records = organizations.map((input, index) => {
      const fields = organizationSchema.parse(input)
      return {
        ...fields,
        ...deriveOrganization(fields),
        id: randomUUID(),
        createdAt: at,
        updatedAt: at,
        deletedAt: deletedAt?.(index) ?? '',
      }
    })
    await this.page.evaluate(
      (rows) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('impact-desk')
          open.onsuccess = () => {
            const tx = open.result.transaction('organizations', 'readwrite')
            const store = tx.objectStore('organizations')
            for (const row of rows) store.put(row)
            tx.oncomplete = () => {
              open.result.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
          open.onerror = () => reject(open.error)
        }),
      records,
    )
    await this.page.reload()
    return records
  }

  /** The stage stored for an organization, read from IndexedDB rather than the screen. */
  storedStage(id: string) {
    return this.page.evaluate(
      (key) =>
        new Promise<string | undefined>((resolve, reject) => {
          const open = indexedDB.open('impact-desk')
          open.onsuccess = () => {
            const request = open.result
              .transaction('organizations')
              .objectStore('organizations')
              .get(key)
            request.onsuccess = () => {
              open.result.close()
              resolve((request.result as { stage?: string } | undefined)?.stage)
            }
            request.onerror = () => reject(request.error)
          }
          open.onerror = () => reject(open.error)
        }),
      id,
    )
  }
}
