import { Group, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** Every screen opens with its title (the page's one h2) and its main actions. */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" mb="lg">
      <Title order={2}>{title}</Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  )
}
