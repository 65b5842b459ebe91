import { expect, it } from 'vitest'
import { assertTrustedSender } from './trustedSender'

const origins = ['impactdesk://app']
const topLevel = (url: string) => ({ url, parent: null })
const appPage = topLevel('impactdesk://app/index.html#/campaigns')

it('accepts the app page and refuses a top-level page of any other origin', () => {
  expect(() => assertTrustedSender(appPage, origins)).not.toThrow()
  for (const url of [
    'https://example.com/',
    'impactdesk://evil/',
    'impactdesk://app.evil.com/',
    'file:///tmp/index.html',
    'about:blank',
    '',
  ]) {
    expect(() => assertTrustedSender(topLevel(url), origins), url).toThrow(/untrusted sender/)
  }
})

it('refuses a frame inside the page, even one of the app origin', () => {
  for (const url of ['impactdesk://app/index.html', 'https://example.com/', 'about:srcdoc']) {
    expect(() => assertTrustedSender({ url, parent: appPage }, origins), url).toThrow(
      /untrusted sender: a frame inside the page/,
    )
  }
})

it('refuses a frame main no longer knows (navigated away or destroyed)', () => {
  expect(() => assertTrustedSender(null, origins)).toThrow(/untrusted sender: unknown frame/)
  expect(() => assertTrustedSender(undefined, origins)).toThrow(/untrusted sender: unknown frame/)
})
