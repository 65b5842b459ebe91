import { expect, it } from 'vitest'
import { windowOpenAction } from './windowOpenPolicy'

function open(url: string) {
  const opened: string[] = []
  const action = windowOpenAction(url, (link) => void opened.push(link))
  return { action, opened }
}

it('never opens a window, and hands web links to the system browser', () => {
  expect(open('https://unionthefilm.com/screenings')).toEqual({
    action: { action: 'deny' },
    opened: ['https://unionthefilm.com/screenings'],
  })
  expect(open('http://example.org/')).toEqual({
    action: { action: 'deny' },
    opened: ['http://example.org/'],
  })
})

it('opens nothing for links that are not to the web, the app itself included', () => {
  for (const url of [
    'impactdesk://app/#/partners',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'about:blank',
    'https://localhost',
    '',
  ]) {
    expect(open(url), url).toEqual({ action: { action: 'deny' }, opened: [] })
  }
})
