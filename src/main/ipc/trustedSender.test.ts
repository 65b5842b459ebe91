import { expect, it } from 'vitest'
import { assertTrustedSender } from './trustedSender'

const origins = ['impactdesk://app']

it('accepts the app page and refuses anything else', () => {
  expect(() => assertTrustedSender('impactdesk://app/index.html#/campaigns', origins)).not.toThrow()
  expect(() => assertTrustedSender('https://example.com/', origins)).toThrow(/untrusted sender/)
  expect(() => assertTrustedSender('impactdesk://evil/', origins)).toThrow(/untrusted sender/)
  expect(() => assertTrustedSender('file:///tmp/index.html', origins)).toThrow(/untrusted sender/)
  expect(() => assertTrustedSender(undefined, origins)).toThrow(/unknown frame/)
})
