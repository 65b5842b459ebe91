import { Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconInbox } from '@tabler/icons-react'
import type { ReactNode } from 'react'

type EmptyStateProps = { title: string; body: string; action?: ReactNode }

/** A section with nothing in it yet says what it will hold and what to do next. */
export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <Stack
      align="center"
      ta="center"
      gap="sm"
      py={64}
      maw={520}
      mx="auto"
      data-testid="empty-state"
    >
      <ThemeIcon size={56} radius="xl" variant="light">
        <IconInbox size={30} stroke={1.5} />
      </ThemeIcon>
      <Title order={3}>{title}</Title>
      <Text c="dimmed">{body}</Text>
      {action}
    </Stack>
  )
}
