/** A value the user chose to leave unmapped: its cells are problems, whatever a guess says. */
export const LEAVE_UNMAPPED = ':unmapped'

/**
 * The user's choices for the values of choice fields: per field key, per value (as `choiceKey`
 * reads it), an option of the field ("true"/"false" for yes/no fields) or LEAVE_UNMAPPED.
 */
export type ValueMap = Readonly<Record<string, Readonly<Record<string, string>>>>
