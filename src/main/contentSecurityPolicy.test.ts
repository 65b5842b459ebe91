import { expect, it } from 'vitest'
import { contentSecurityPolicy } from './contentSecurityPolicy'

it('allows scripts only from the app, never eval or inline', () => {
  const csp = contentSecurityPolicy()
  expect(csp).toContain("default-src 'none'")
  expect(csp).toMatch(/script-src 'self'(;|$)/)
  expect(csp).not.toContain('unsafe-eval')
  expect(csp).toContain("frame-ancestors 'none'")
})

it('leaves frame-ancestors out of the meta form, which browsers ignore there', () => {
  expect(contentSecurityPolicy({ delivery: 'meta' })).not.toContain('frame-ancestors')
})

it('relaxes only for the dev server', () => {
  const dev = contentSecurityPolicy({ mode: 'development' })
  expect(dev).toContain("script-src 'self' 'unsafe-inline'")
  expect(dev).not.toContain('unsafe-eval')
})

it('loads nothing from outside the app, and allows inline code only for styles', () => {
  for (const delivery of ['header', 'meta'] as const) {
    const directives = contentSecurityPolicy({ delivery })
      .split('; ')
      .map((directive) => directive.split(' '))
    for (const [name, ...sources] of directives) {
      const allowed = ["'self'", "'none'", 'data:', 'blob:']
      if (name === 'style-src') allowed.push("'unsafe-inline'")
      expect(
        sources.filter((source) => !allowed.includes(source)),
        name,
      ).toEqual([])
    }
    expect(directives.map(([name]) => name)).toEqual(
      expect.arrayContaining(['default-src', 'script-src', 'object-src', 'base-uri']),
    )
  }
})
