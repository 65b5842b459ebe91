import { expect, it } from 'vitest'
import { guessEntity } from './wizardDraft'

it('guesses what a file holds from its headers', () => {
  expect(guessEntity(['Organisation', 'Org website', 'Name', 'Email', 'Role'])).toBe('contactSheet')
  // People with their company: a contacts file, whose company names link organizations.
  expect(guessEntity(['First Name', 'Last Name', 'Email Address', 'Company'])).toBe('contacts')
  expect(guessEntity(['Name', 'Email', 'Job title'])).toBe('contacts')
  expect(guessEntity(['Name', 'City'])).toBe('contacts')
  expect(
    guessEntity([
      'Name',
      'Also known as',
      'Type',
      'Website',
      'Domain',
      'City',
      'Partnership stage',
    ]),
  ).toBe('organizations')
  expect(guessEntity(['Company name', 'Company Domain Name', 'City'])).toBe('organizations')
  expect(guessEntity(['Title', 'Campaign', 'Start', 'Time zone'])).toBe('screenings')
  expect(guessEntity(['Metric', 'Campaign', 'Value', 'Date'])).toBe('metricEntries')
})
