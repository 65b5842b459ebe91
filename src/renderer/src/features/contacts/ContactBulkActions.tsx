import { BulkRecordActions } from '../../table/BulkRecordActions'
import { contactRepo } from './contactRepo'

type Props = { selected: ReadonlySet<string>; onDone: () => void }

/** Tag or trash the selected contacts. */
export function ContactBulkActions({ selected, onDone }: Props) {
  return <BulkRecordActions repo={contactRepo as never} selected={selected} onDone={onDone} />
}
