import { contactSchema, deriveContact } from '../../../../shared/domain/contact'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'
import { recordEdit } from '../activities/activityRepo'

export const contactRepo = createRepository({
  entity: 'Contact',
  table: () => db.contacts,
  schema: contactSchema,
  sortKeys: ['lastName', 'firstName', 'updatedAt'],
  derive: deriveContact,
  recordEdits: recordEdit('contact'),
  editTables: () => [db.activities],
})
