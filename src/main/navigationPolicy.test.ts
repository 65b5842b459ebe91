import { expect, it } from 'vitest'
import { isAppUrl, isExternalWebUrl, originOf } from './navigationPolicy'

it('reads the origin of the app scheme, which WHATWG URL calls "null"', () => {
  expect(new URL('impactdesk://app/x').origin).toBe('null')
  expect(originOf('impactdesk://app/index.html#/x')).toBe('impactdesk://app')
  expect(originOf('http://127.0.0.1:5173/a')).toBe('http://127.0.0.1:5173')
  expect(originOf('about:blank')).toBeNull()
  expect(originOf('not a url')).toBeNull()
})

it('lets the window navigate only within the app', () => {
  const origins = ['impactdesk://app']
  expect(isAppUrl('impactdesk://app/#/partners', origins)).toBe(true)
  expect(isAppUrl('https://example.com', origins)).toBe(false)
  expect(isAppUrl('impactdesk://app.evil.com/', origins)).toBe(false)
  expect(isAppUrl('javascript:alert(1)', origins)).toBe(false)
})

it('hands only web links to the operating system', () => {
  expect(isExternalWebUrl('https://unionthefilm.com')).toBe(true)
  expect(isExternalWebUrl('http://example.org')).toBe(true)
  expect(isExternalWebUrl('file:///etc/passwd')).toBe(false)
  expect(isExternalWebUrl('smb://server/share')).toBe(false)
  expect(isExternalWebUrl('javascript:alert(1)')).toBe(false)
})
