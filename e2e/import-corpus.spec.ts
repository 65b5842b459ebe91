import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import en from '../src/shared/i18n/locales/en.json'
import { compareRecords } from './corpus/compareRecords'
import type { CorpusFile } from './corpus/corpusFile'
import { corpus } from './corpus/expected'
import { storedRecords } from './storedRecords'
import { expect, test } from './fixtures'
import { ImportWizard } from './pages/ImportWizard'
import { Shell } from './pages/Shell'

// Real tools' exports imported through the window with the wizard's defaults (and only the
// choices a file truly needs), every record compared field by field, then the same file
// imported again with every row unchanged. Files that do not import right yet say why in
// expected.ts and stay out of the run until they do; CORPUS=all runs them too, to see which
// ones a change has fixed (CORPUS=name.csv,other.csv runs just those).
const only = process.env['CORPUS']
const running = corpus.filter((file) =>
  only === 'all' ? true : only ? only.split(',').includes(file.file) : !file.fails,
)

async function importFile(wizard: ImportWizard, file: CorpusFile) {
  const bytes = new Uint8Array(readFileSync(join(__dirname, 'corpus', file.file)))
  await wizard.drop(file.file, bytes, file.file.endsWith('.txt') ? 'text/plain' : 'text/csv')
  await expect(wizard.select(en.imports.file.entity)).toHaveValue(
    en.imports.entity[file.entity as keyof typeof en.imports.entity],
  )
  await wizard.next()
  for (const choice of file.choices ?? [])
    await wizard.mapping
      .page()
      .getByRole('textbox', { name: choice.field, exact: true })
      .fill(choice.value)
  await wizard.review()
  await expect(wizard.page.getByTestId('import-fatal')).toHaveCount(0)
}

const counted = async (count: Locator) => Number(await count.innerText())

for (const file of running)
  test(`${file.file}: every record as the file holds it, and unchanged when imported again`, async ({
    app,
  }) => {
    await new Shell(app.page).ready()
    const wizard = new ImportWizard(app)

    await importFile(wizard, file)
    await expect(wizard.count('invalid')).toHaveText('0')
    await expect(wizard.count('skipped')).toHaveText('0')
    const flagged = app.page.getByTestId('import-clock-changes').locator('[data-row]')
    if (file.review?.clockChanges)
      await expect
        .poll(() => flagged.evaluateAll((rows) => rows.map((row) => Number(row.dataset['row']))))
        .toEqual(file.review.clockChanges)
    for (const warning of file.review?.warnings ?? [])
      await expect(app.page.getByTestId('import-row-warnings')).toContainText(warning)
    await wizard.run()
    const diffs = compareRecords(file.records, await storedRecords(app.page))
    expect(diffs, `${file.file}:\n${diffs.join('\n')}`).toEqual([])

    await importFile(wizard, file)
    const again = {
      created: await counted(wizard.count('created')),
      updated: await counted(wizard.count('updated')),
      unchanged: await counted(wizard.count('unchanged')),
      skipped: await counted(wizard.count('skipped')),
      invalid: await counted(wizard.count('invalid')),
    }
    expect(again, `${file.file} imported again`).toEqual({
      created: 0,
      updated: 0,
      unchanged: file.rows,
      skipped: 0,
      invalid: 0,
    })
  })
