import { Badge, CloseButton } from '@mantine/core'
import type { TableScope } from './TableScreen'

/** Says what a list is narrowed to (the current campaign), with a way to show everything. */
export function ScopeBadge({ scope }: { scope: TableScope | undefined }) {
  if (!scope?.label) return null
  return (
    <Badge
      size="lg"
      variant="light"
      tt="none"
      data-testid="table-scope"
      rightSection={
        scope.onClear && (
          <CloseButton size="xs" aria-label={scope.clearLabel} onClick={scope.onClear} />
        )
      }
    >
      {scope.label}
    </Badge>
  )
}
