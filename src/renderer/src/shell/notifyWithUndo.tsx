import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'

type UndoNotice = { message: string; undoLabel: string; onUndo: () => unknown }

/** A notification after a reversible change, with an Undo button that reverses it. */
export function notifyWithUndo({ message, undoLabel, onUndo }: UndoNotice) {
  const id = `undo-${crypto.randomUUID()}`
  notifications.show({
    id,
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" flex={1}>
          {message}
        </Text>
        <Button
          size="compact-sm"
          variant="subtle"
          flex="none"
          onClick={() => {
            notifications.hide(id)
            void onUndo()
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  })
}
