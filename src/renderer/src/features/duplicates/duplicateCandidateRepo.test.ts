import 'fake-indexeddb/auto'
import { afterAll, beforeEach, expect, it } from 'vitest'
import { db } from '../../db/db'
import { contactRepo } from '../contacts/contactRepo'
import { organizationRepo } from '../partners/organizationRepo'
import { duplicateCandidateRepo } from './duplicateCandidateRepo'
import { duplicateDismissalRepo } from './duplicateDismissalRepo'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

afterAll(() => db.close())

const person = (firstName: string, lastName: string, ...addresses: string[]) => ({
  firstName,
  lastName,
  emails: addresses.map((address) => ({ address })),
})

it('suggests contacts sharing an email or a near-identical name, with the reasons', async () => {
  const [ana, anaToo, jon, john, , solo, soloToo] = await contactRepo.createMany([
    person('Ana', 'Lopez', 'ana@union.org'),
    person('Ana', 'López', 'ANA@union.org', 'ana@gmail.com'),
    person('Jon', 'Smithers'),
    person('John', 'Smithers'),
    person('Maria', 'Garcia', 'maria@union.org'),
    person('', '', 'press@film.org'),
    person('Pat', '', 'press@film.org'),
  ])
  const candidates = await duplicateCandidateRepo.scan('contacts')
  const found = (a: { id: string }, b: { id: string }) =>
    candidates.find((c) => [c.a, c.b].sort().join() === [a.id, b.id].sort().join())

  expect(candidates).toHaveLength(3)
  expect(found(ana!, anaToo!)?.reasons).toEqual([
    { kind: 'sameEmail', value: 'ana@union.org' },
    { kind: 'sameName' },
  ])
  expect(found(solo!, soloToo!)?.reasons).toEqual([{ kind: 'sameEmail', value: 'press@film.org' }])
  expect(found(jon!, john!)?.reasons).toEqual([{ kind: 'similarName' }])
  expect(candidates.at(-1)).toBe(found(jon!, john!))
})

it('leaves out records in the trash and pairs someone dismissed', async () => {
  const [a, b, c] = await contactRepo.createMany([
    person('Ana', 'Lopez'),
    person('Ana', 'Lopez'),
    person('Ana', 'Lopez', 'x@y.org'),
  ])
  await contactRepo.softDelete(c!.id)
  expect(await duplicateCandidateRepo.scan('contacts')).toHaveLength(1)
  await duplicateDismissalRepo.dismiss('contacts', b!.id, a!.id)
  expect(await duplicateCandidateRepo.scan('contacts')).toEqual([])
  // A dismissal of contacts says nothing about organizations.
  const dismissed = await duplicateDismissalRepo.dismissedAmong('organizations', [
    [a!.id, b!.id].sort().join('|'),
  ])
  expect(dismissed.size).toBe(0)
})

it('suggests organizations sharing a domain or a name, ignoring punctuation and accents', async () => {
  const [afl, aflToo, , cafe, cafeToo] = await organizationRepo.createMany([
    { name: 'AFL-CIO', website: 'https://www.aflcio.org' },
    { name: 'American Federation of Labor', domain: 'aflcio.org' },
    { name: 'Hot Docs', website: 'https://hotdocs.ca' },
    { name: 'Café Ciné Club' },
    { name: 'Cafe Cine Club' },
  ])
  const candidates = await duplicateCandidateRepo.scan('organizations')
  expect(candidates.map((c) => [[c.a, c.b].sort(), c.reasons])).toEqual([
    [[afl!.id, aflToo!.id].sort(), [{ kind: 'sameDomain', value: 'aflcio.org' }]],
    [[cafe!.id, cafeToo!.id].sort(), [{ kind: 'sameName' }]],
  ])
})

it('finds a typo at the start of a name through the second sort order', async () => {
  await organizationRepo.createMany([
    { name: 'Teamsters Local 237' },
    { name: 'Aardvark Films' },
    { name: 'Feamsters Local 237' },
  ])
  const [candidate] = await duplicateCandidateRepo.scan('organizations')
  expect(candidate?.reasons).toEqual([{ kind: 'similarName' }])
})

it("matches an organization's alias against another's name", async () => {
  await organizationRepo.createMany([
    { name: 'American Federation of Labor and Congress', aliases: ['AFL-CIO'] },
    { name: 'AFL CIO' },
  ])
  const [candidate] = await duplicateCandidateRepo.scan('organizations')
  expect(candidate?.reasons).toEqual([{ kind: 'sameName' }])
})

it('reports its progress and stops when asked', async () => {
  await contactRepo.createMany([person('Ana', 'Lopez'), person('Ana', 'Lopez')])
  const progress: number[] = []
  await duplicateCandidateRepo.scan('contacts', { onProgress: (p) => progress.push(p) })
  expect(progress.at(-1)).toBe(1)
  expect(progress).toEqual([...progress].sort((a, b) => a - b))

  const controller = new AbortController()
  controller.abort()
  await expect(
    duplicateCandidateRepo.scan('contacts', { signal: controller.signal }),
  ).rejects.toThrow()
})
