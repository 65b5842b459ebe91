import { mappingPresetSchema } from '../../../../shared/domain/mappingPreset'
import { db } from '../../db/db'
import { createRepository } from '../../db/repository'

export const mappingPresetRepo = createRepository({
  entity: 'MappingPreset',
  table: () => db.mappingPresets,
  schema: mappingPresetSchema,
  sortKeys: ['name', 'updatedAt'],
})
