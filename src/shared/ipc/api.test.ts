import { expect, it } from 'vitest'
import { apiMethods, buildApi } from './api'
import { eventContract, invokeContract } from './contract'

it('builds one function per channel and nothing else', async () => {
  const invoked: [string, unknown[]][] = []
  const subscribed: string[] = []
  const api = buildApi(
    async (channel, args) => void invoked.push([channel, args]),
    (channel) => {
      subscribed.push(channel)
      return () => undefined
    },
  )
  expect(Object.keys(api).sort()).toEqual([...apiMethods].sort())
  await api.openExternal('https://example.org')
  await api.setLocale('fr')
  const unsubscribe = api.onMenuCommand(() => undefined)
  expect(invoked).toEqual([
    ['shell:open-external', ['https://example.org']],
    ['app:set-locale', ['fr']],
  ])
  expect(subscribed).toEqual(['menu:command'])
  expect(typeof unsubscribe).toBe('function')
})

it('names every channel area:verb-noun, once', () => {
  const channels = [...Object.values(invokeContract), ...Object.values(eventContract)].map(
    (entry) => entry.channel,
  )
  expect(new Set(channels).size).toBe(channels.length)
  for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
})
