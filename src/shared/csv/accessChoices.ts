/**
 * Choices of the import-only accessibility columns a schedule often has instead of one yes/no
 * column per flag: one "Captions" column (open and closed told apart) and one "ASL" column.
 */
export const captionChoices = ['closed', 'open', 'both', 'none'] as const
export type CaptionChoice = (typeof captionChoices)[number]

export const aslChoices = ['wholeEvent', 'qa', 'none'] as const
export type AslChoice = (typeof aslChoices)[number]
