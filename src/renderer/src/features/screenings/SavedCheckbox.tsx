import { Checkbox } from '@mantine/core'
import { useState } from 'react'

type Props = { label: string; checked: boolean; onChange: (checked: boolean) => void }

/** A checkbox saved on change that shows the change at once, before the write comes back. */
export function SavedCheckbox({ label, checked, onChange }: Props) {
  const [shown, setShown] = useState(checked)
  const [saved, setSaved] = useState(checked)
  // The stored value wins whenever it changes (a save landing, an undo, another window).
  if (saved !== checked) {
    setSaved(checked)
    setShown(checked)
  }
  return (
    <Checkbox
      label={label}
      checked={shown}
      onChange={(event) => {
        setShown(event.currentTarget.checked)
        onChange(event.currentTarget.checked)
      }}
    />
  )
}
