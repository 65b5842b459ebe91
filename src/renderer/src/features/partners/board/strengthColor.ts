import type { MantineColor } from '@mantine/core'

// The organizers' scale runs backwards from what a chart would suggest: 1 is the strongest trust.
// The same colours as the partners table's strength badge (shell/Strength.tsx), so both views agree.
const colors: Record<number, MantineColor> = {
  1: 'teal',
  2: 'green',
  3: 'yellow',
  4: 'orange',
  5: 'red',
}

/** The badge colour of a relationship strength: cool for the strongest (1), red for the weakest. */
export function strengthColor(strength: number): MantineColor {
  return colors[strength] ?? 'gray'
}
