import { expect, test } from './fixtures'
import { Shell } from './pages/Shell'

test('the theme toggle persists across a reload and reaches the window', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  expect(await shell.colorScheme()).toBe('light')
  await app.page.screenshot({ path: 'test-results/screenshots/shell-light.png' })

  await shell.themeToggle.click()
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await expect.poll(() => app.themeSource()).toBe('dark')

  await app.page.reload()
  await shell.ready()
  expect(await shell.colorScheme()).toBe('dark')
  await app.page.screenshot({ path: 'test-results/screenshots/shell-dark.png' })
})

test('View > Toggle Dark Theme switches the theme', async ({ app }) => {
  const shell = new Shell(app.page)
  await shell.ready()
  await app.clickMenu(['View', 'Toggle Dark Theme'])
  await expect.poll(() => shell.colorScheme()).toBe('dark')
  await app.clickMenu(['View', 'Toggle Dark Theme'])
  await expect.poll(() => shell.colorScheme()).toBe('light')
})
