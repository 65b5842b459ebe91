import type { DuplicateEntity } from './duplicateCandidate'

const target = new EventTarget()

/**
 * Tells an open review queue that its last scan is out of date, for changes it cannot see
 * coming: an Undo of a merge brings a pair back after the screen has already rescanned.
 */
export const staleQueues = {
  mark(entity: DuplicateEntity) {
    target.dispatchEvent(new CustomEvent(entity))
  },
  subscribe(entity: DuplicateEntity, listener: () => void) {
    target.addEventListener(entity, listener)
    return () => target.removeEventListener(entity, listener)
  },
}
