import { z } from 'zod'

/** A calendar date without time, `YYYY-MM-DD`. */
export const isoDate = z.iso.date()

/** An instant in UTC, `YYYY-MM-DDTHH:mm:ss.sssZ`. */
export const isoDateTime = z.iso.datetime()

/** An IANA time zone that this runtime knows, such as `America/Toronto`. */
export const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  },
  { message: 'Expected an IANA time zone such as America/Toronto' },
)

export const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

/** The organizers' trust scale: 1 is the strongest relationship, 5 the weakest. */
export const strength = z.number().int().min(1).max(5)

export const tags = z.array(z.string().trim().min(1)).default([])

export const languages = z.array(z.string().trim().min(2)).default([])

export const id = z.string().min(1)

export const optionalText = z.string().trim().optional()
