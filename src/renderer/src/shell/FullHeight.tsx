import { Stack } from '@mantine/core'
import type { ReactNode } from 'react'

/** A screen whose table fills the window below the header and scrolls inside itself. */
export function FullHeight({ children }: { children: ReactNode }) {
  return (
    <Stack
      gap={0}
      h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))"
    >
      {children}
    </Stack>
  )
}
