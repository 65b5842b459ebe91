import { expect, it } from 'vitest'
import { createCandidateCollector } from './createCandidateCollector'

it('keeps one suggestion per pair with every reason, strongest suggestions first', () => {
  const collector = createCandidateCollector('contacts')
  collector.add('c', 'd', { kind: 'similarName' })
  collector.add('b', 'a', { kind: 'sameName' })
  collector.add('a', 'b', { kind: 'sameEmail', value: 'ana@x.org' })
  collector.add('a', 'b', { kind: 'sameEmail', value: 'ana@x.org' })
  collector.add('e', 'f', { kind: 'sameEmail', value: 'e@x.org' })
  collector.add('d', 'c', { kind: 'sameName' })
  collector.add('g', 'g', { kind: 'sameName' })

  const list = collector.list()
  expect(list.map((c) => c.pair)).toEqual(['a|b', 'e|f', 'c|d'])
  expect(list[0]).toEqual({
    entity: 'contacts',
    pair: 'a|b',
    a: 'a',
    b: 'b',
    reasons: [{ kind: 'sameEmail', value: 'ana@x.org' }, { kind: 'sameName' }],
  })
  // "Same name" replaces "similar name" for the same pair.
  expect(list[2]!.reasons).toEqual([{ kind: 'sameName' }])
})

it('takes no new pairs with only similar names once it holds enough', () => {
  const collector = createCandidateCollector('contacts', 2)
  collector.add('a', 'b', { kind: 'similarName' })
  collector.add('c', 'd', { kind: 'sameName' })
  collector.add('e', 'f', { kind: 'similarName' })
  collector.add('g', 'h', { kind: 'sameEmail', value: 'g@x.org' })
  collector.add('a', 'b', { kind: 'sameEmail', value: 'a@x.org' })
  expect(collector.list().map((c) => c.pair)).toEqual(['a|b', 'g|h', 'c|d'])
})
