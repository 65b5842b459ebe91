/**
 * Steps that run one after another, each started once the one before is done, without waiting
 * for the last: the caller prepares the next step while one runs. A step's failure is met by the
 * next `start` or by `done`, never as an unhandled rejection.
 */
export function inTurn() {
  let last: Promise<unknown> = Promise.resolve()
  return {
    /** Waits for the step before (throwing its failure), then starts this one. */
    async start(step: () => Promise<unknown>) {
      await last
      last = step()
      last.catch(() => {})
    },
    /** Waits for the last step (throwing its failure). */
    done: async () => void (await last),
    /** Waits for the last step to end, however it ends. */
    settled: async () => void (await last.catch(() => {})),
  }
}
