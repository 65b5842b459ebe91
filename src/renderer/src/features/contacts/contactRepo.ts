import { contactSchema } from '../../../../shared/domain/contact'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const contactRepo = createRepository('Contact', () => db.contacts, contactSchema, [
  'lastName',
  'firstName',
  'updatedAt',
])
