import { expect, test } from './fixtures'
import { Shell } from './pages/Shell'

test('switching to Arabic mirrors the shell and translates the menu', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await shell.chooseLanguage('العربية')

  const html = app.page.locator('html')
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(html).toHaveAttribute('lang', 'ar')
  await expect(shell.heading).toHaveText('لوحة المعلومات')
  await expect.poll(() => app.fileMenuLabel()).toBe('ملف')

  const nav = await shell.sidebar.boundingBox()
  const main = await app.page.getByRole('main').boundingBox()
  expect(nav!.x).toBeGreaterThan(main!.x)
  await app.page.screenshot({ path: 'test-results/screenshots/shell-arabic.png' })

  await app.page.reload()
  await expect(html).toHaveAttribute('dir', 'rtl')
  await expect(shell.heading).toHaveText('لوحة المعلومات')

  await shell.chooseLanguage('English')
  await expect(html).toHaveAttribute('dir', 'ltr')
  await expect(shell.heading).toHaveText('Dashboard')
  await expect.poll(() => app.fileMenuLabel()).toBe('File')
})
