import type { CSSProperties, ReactNode } from 'react'
import classes from './cells.module.css'

/** Table cell contents, as plain elements: a row of them costs a few DOM nodes, no hooks. */

export function CellText({ children, strong }: { children: ReactNode; strong?: boolean }) {
  return <span className={strong ? classes.strong : classes.text}>{children}</span>
}

export function CellDimmed({ children }: { children: ReactNode }) {
  return <span className={`${classes.text} ${classes.dimmed}`}>{children}</span>
}

type CellBadgeProps = {
  children: ReactNode
  /** A Mantine colour name; the primary colour when absent. */
  color?: string
  title?: string
  label?: string
}

/** A light badge in a Mantine colour, like Mantine's Badge variant="light". */
export function CellBadge({ children, color, title, label }: CellBadgeProps) {
  const style = color
    ? ({
        '--cell-badge-color': `var(--mantine-color-${color}-light-color)`,
        '--cell-badge-bg': `var(--mantine-color-${color}-light)`,
      } as CSSProperties)
    : ({
        '--cell-badge-color': 'var(--mantine-primary-color-light-color)',
        '--cell-badge-bg': 'var(--mantine-primary-color-light)',
      } as CSSProperties)
  return (
    <span className={classes.badge} style={style} title={title} aria-label={label}>
      {children}
    </span>
  )
}

/** The first tags, as outlined badges. */
export function CellTags({ tags }: { tags: readonly string[] }) {
  return (
    <span className={classes.tags}>
      {tags.slice(0, 3).map((tag) => (
        <span key={tag} className={classes.tag}>
          {tag}
        </span>
      ))}
    </span>
  )
}
