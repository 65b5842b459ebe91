import { pairKey } from '../../../../shared/domain/duplicateDismissal'
import type { DuplicateCandidate, DuplicateEntity, DuplicateReason } from './duplicateCandidate'

const strength: Record<DuplicateReason['kind'], number> = {
  sameEmail: 0,
  sameDomain: 0,
  sameName: 1,
  similarName: 2,
}

const rank = (candidate: DuplicateCandidate) =>
  Math.min(...candidate.reasons.map((reason) => strength[reason.kind])) -
  candidate.reasons.length / 10

const sameReason = (x: DuplicateReason, y: DuplicateReason) =>
  x.kind === y.kind && ('value' in x ? x.value : '') === ('value' in y ? y.value : '')

/**
 * Gathers pairs from several scans into one suggestion per pair, with all of its reasons. Once
 * it holds `weakLimit` pairs it takes no new pairs that only have similar names, the weakest
 * reason: a workspace full of near-identical names would otherwise fill memory with
 * suggestions that rank below the ones shown anyway.
 */
export function createCandidateCollector(entity: DuplicateEntity, weakLimit = Infinity) {
  const byPair = new Map<string, DuplicateCandidate>()
  return {
    add(a: string, b: string, reason: DuplicateReason) {
      if (a === b) return
      const [first, second] = a < b ? [a, b] : [b, a]
      const pair = pairKey(first, second)
      const found = byPair.get(pair)
      if (!found) {
        if (reason.kind === 'similarName' && byPair.size >= weakLimit) return
        byPair.set(pair, { entity, pair, a: first, b: second, reasons: [reason] })
      } else if (!found.reasons.some((known) => sameReason(known, reason))) {
        // "Same name" already says more than "similar name".
        if (reason.kind === 'similarName' && found.reasons.some((r) => r.kind === 'sameName'))
          return
        found.reasons = found.reasons.filter(
          (r) => r.kind !== 'similarName' || reason.kind !== 'sameName',
        )
        found.reasons.push(reason)
        found.reasons.sort((x, y) => strength[x.kind] - strength[y.kind])
      }
    },

    /** Every suggestion, strongest first; pairs found alike keep the order they were found in. */
    list(): DuplicateCandidate[] {
      return [...byPair.values()]
        .map((candidate, index) => ({ candidate, index, rank: rank(candidate) }))
        .sort((x, y) => x.rank - y.rank || x.index - y.index)
        .map(({ candidate }) => candidate)
    },
  }
}
