import { expect, it } from 'vitest'
import { inTurn } from './inTurn'

it('starts each step once the one before is done, and meets a failure at the next step', async () => {
  const turns = inTurn()
  const order: string[] = []
  let finishFirst = () => {}
  await turns.start(
    () => new Promise<void>((resolve) => (finishFirst = () => (order.push('first'), resolve()))),
  )
  const second = turns.start(async () => void order.push('second'))
  await Promise.resolve()
  expect(order).toEqual([])
  finishFirst()
  await second
  await turns.done()
  expect(order).toEqual(['first', 'second'])

  await turns.start(() => Promise.reject(new Error('disk full')))
  await expect(turns.start(async () => void order.push('never'))).rejects.toThrow('disk full')
  await expect(turns.done()).rejects.toThrow('disk full')
  await expect(turns.settled()).resolves.toBeUndefined()
  expect(order).toEqual(['first', 'second'])
})
