import { Title } from '@mantine/core'
import type { ReactNode } from 'react'
import classes from './report.module.css'

/** A titled part of the report that a page break does not cut in two. */
export function ReportSection({
  id,
  title,
  children,
  keepTogether = true,
}: {
  id: string
  title: string
  children: ReactNode
  keepTogether?: boolean
}) {
  return (
    <section aria-labelledby={id} className={keepTogether ? classes.section : undefined}>
      <Title order={4} mb="sm" id={id} className={classes.heading}>
        {title}
      </Title>
      {children}
    </section>
  )
}
