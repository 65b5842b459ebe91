import type { Page } from '@playwright/test'
import { type ContactInput, contactSchema, deriveContact } from '../src/shared/domain/contact'
import {
  type OrganizationInput,
  deriveOrganization,
  organizationSchema,
} from '../src/shared/domain/organization'

const stamp = () => {
  const at = new Date().toISOString()
  return { createdAt: at, updatedAt: at, deletedAt: '' }
}

/** Stored records as the app writes them: validated, derived fields added, ids given. */
export function organizationRecords(inputs: OrganizationInput[]) {
  return inputs.map((input, index) => {
    const fields = organizationSchema.parse(input)
    return { ...fields, ...deriveOrganization(fields), id: `org-${index}`, ...stamp() }
  })
}

export function contactRecords(inputs: ContactInput[]) {
  return inputs.map((input, index) => {
    const fields = contactSchema.parse(input)
    return { ...fields, ...deriveContact(fields), id: `contact-${index}`, ...stamp() }
  })
}

/** Writes records straight into the app's IndexedDB, as if an earlier session had made them. */
export async function seed(page: Page, table: string, records: object[]) {
  await page.evaluate(
    ({ table, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const tx = open.result.transaction(table, 'readwrite')
          for (const record of records) tx.objectStore(table).put(record)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
        open.onerror = () => reject(open.error)
      }),
    { table, records },
  )
}

/** How many records a table of the app's IndexedDB holds, read straight from it. */
export function countRecords(page: Page, table: string) {
  return page.evaluate(
    (table) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('impact-desk')
        open.onsuccess = () => {
          const count = open.result.transaction(table).objectStore(table).count()
          count.onsuccess = () => {
            open.result.close()
            resolve(count.result)
          }
          count.onerror = () => reject(count.error)
        }
        open.onerror = () => reject(open.error)
      }),
    table,
  )
}
