import { Select, type SelectProps } from '@mantine/core'
import { timeZones } from '../../../../shared/time/zonedTime'

const zones = timeZones()

/** An IANA time zone, searched by any part of its name ("toronto", "America/"). */
export function TimeZoneSelect(props: Omit<SelectProps, 'data'>) {
  return <Select searchable allowDeselect={false} limit={50} {...props} data={zones} />
}
