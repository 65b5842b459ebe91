import { z } from 'zod'
import { type ArgsOf, type InvokeMethod, invokeContract } from './contract'

/** A call that reached main with arguments its channel does not accept. */
export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError'
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  try {
    const text = JSON.stringify(value)
    return text.length > 60 ? `${text.slice(0, 57)}...` : text
  } catch {
    return typeof value
  }
}

/** Checks a call's arguments against its channel's schemas; the error names the argument. */
export function validateArgs<M extends InvokeMethod>(
  method: M,
  raw: readonly unknown[],
): ArgsOf<M> {
  const { channel, args } = invokeContract[method]
  if (raw.length > args.length) {
    throw new InvalidArgumentError(
      `${channel} takes ${args.length} argument(s) but received ${raw.length}`,
    )
  }
  return args.map(({ name, schema }, index) => {
    const result = (schema as z.ZodType).safeParse(raw[index])
    if (!result.success) {
      const reason = result.error.issues.map((issue) => issue.message).join('; ')
      throw new InvalidArgumentError(
        `${channel}: argument "${name}" is invalid (${reason}); received ${describe(raw[index])}`,
      )
    }
    return result.data
  }) as ArgsOf<M>
}
