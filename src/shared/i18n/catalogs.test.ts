import { describe, expect, it } from 'vitest'
import { createI18n } from './createI18n'
import { createFormatters } from './format'
import { directionOf, matchLocale, supportedLocales } from './locales'
import { resources } from './resources'

type Catalog = { [key: string]: string | Catalog }

function leaves(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
const english = leaves(resources.en.translation as Catalog)

describe.each(supportedLocales.filter((l) => l !== 'en'))('the %s catalog', (locale) => {
  const catalog = leaves(resources[locale].translation as Catalog)

  it('translates every English message', () => {
    const missing = [...english.keys()].filter((key) => {
      if (catalog.has(key)) return false
      return !(pluralSuffix.test(key) && catalog.has(key.replace(pluralSuffix, '_other')))
    })
    expect(missing).toEqual([])
  })

  it('has no messages English lacks, and keeps each placeholder', () => {
    for (const [key, text] of catalog) {
      const source = english.get(key) ?? english.get(key.replace(pluralSuffix, '_other'))
      expect(source, key).toBeDefined()
      const expected = placeholders(source!)
      const found = placeholders(text)
      // Arabic writes "one" and "two" as words, without the number.
      if (/_(zero|one|two)$/.test(key)) expect(expected, key).toEqual(expect.arrayContaining(found))
      else expect(found, key).toEqual(expected)
    }
  })
})

describe('i18n', () => {
  it('translates and pluralises through one instance per locale', () => {
    expect(createI18n('en').t('dashboard.counts.campaigns', { count: 2 })).toBe('2 campaigns')
    expect(createI18n('fr').t('nav.dashboard')).toBe('Tableau de bord')
    expect(createI18n('ar').t('dashboard.counts.campaigns', { count: 2 })).not.toMatch(/campaign/)
  })

  it('mirrors only Arabic and matches the user preferences', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('ht')).toBe('ltr')
    expect(matchLocale(['ht-HT', 'fr'])).toBe('ht')
    expect(matchLocale(['de-DE', 'es-MX'])).toBe('es')
    expect(matchLocale(['de-DE'])).toBe('en')
  })

  it('formats dates and numbers for the locale, and times in a given zone', () => {
    expect(createFormatters('en').number(14400000)).toBe('14,400,000')
    expect(createFormatters('fr').number(1234.5)).toMatch(/^1\s234,5$/)
    expect(createFormatters('en').date('2022-04-01')).toBe('Apr 1, 2022')
    expect(createFormatters('ht').date('2022-04-01')).toMatch(/avr/)
    const toronto = createFormatters('en').dateTime('2024-04-28T22:00:00.000Z', 'America/Toronto')
    expect(toronto).toContain('6:00')
  })
})
