import { organizationTypes, partnershipStages } from '../domain/organization'
import en from '../i18n/locales/en.json'
import type { ImportField } from './importField'
import { recordIdField } from './recordIdField'

/** The fields of a partner organization, as a file of organizations holds them. */
export const organizationFields: readonly ImportField[] = [
  {
    key: 'name',
    header: 'Name',
    type: 'text',
    required: true,
    synonyms: [
      'Organization',
      'Organisation',
      'Org',
      'Organization name',
      'Organisation name',
      'Company',
      'Company name',
      'Organization 1 - Name',
      'Partner',
      'Partner name',
      'Account name',
      'Organización',
    ],
  },
  {
    key: 'aliases',
    header: 'Also known as',
    type: 'text',
    multi: true,
    synonyms: ['Aliases', 'AKA'],
  },
  {
    key: 'type',
    header: 'Type',
    type: 'enum',
    options: organizationTypes,
    optionLabels: en.organizations.type,
    synonyms: ['Organization type', 'Org type', 'Kind', 'Category', 'Industry'],
  },
  {
    key: 'website',
    header: 'Website',
    type: 'url',
    synonyms: ['Web site', 'Website URL', 'URL', 'Web page', 'Web', 'Site', 'Website 1 - Value'],
  },
  {
    key: 'domain',
    header: 'Domain',
    type: 'text',
    synonyms: ['Company domain name', 'Email domain', 'Domain name'],
  },
  {
    key: 'city',
    header: 'City',
    type: 'text',
    synonyms: ['Town', 'Business city', 'Ciudad', 'Ville'],
  },
  {
    key: 'region',
    header: 'Region',
    type: 'text',
    synonyms: ['State', 'State/Region', 'Province', 'Business state', 'State/Province'],
  },
  {
    key: 'country',
    header: 'Country',
    type: 'text',
    synonyms: ['Country/Region', 'Business country/region', 'País', 'Pays'],
  },
  {
    key: 'languages',
    header: 'Languages served',
    type: 'text',
    multi: true,
    synonyms: ['Languages', 'Language'],
  },
  {
    key: 'tags',
    header: 'Tags',
    type: 'text',
    multi: true,
    synonyms: ['Labels', 'Categories', 'Groups'],
  },
  {
    key: 'stage',
    header: 'Partnership stage',
    type: 'enum',
    options: partnershipStages,
    optionLabels: en.organizations.stage,
    synonyms: ['Stage', 'Status', 'Lifecycle stage', 'Pipeline stage'],
  },
  {
    key: 'strength',
    header: 'Relationship strength',
    type: 'integer',
    min: 1,
    max: 5,
    synonyms: ['Strength', 'Relationship'],
  },
  {
    key: 'owner',
    header: 'Owner',
    type: 'text',
    synonyms: ['Company owner', 'Account owner', 'Lead'],
  },
  { key: 'notes', header: 'Notes', type: 'text', synonyms: ['Note', 'Comments', 'Description'] },
  recordIdField,
]
