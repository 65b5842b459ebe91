import { useLiveQuery } from 'dexie-react-hooks'
import { isSampleLoaded } from './sample'

/** Whether the sample is in the workspace; undefined while the first answer is read. */
export function useSampleLoaded(): boolean | undefined {
  return useLiveQuery(isSampleLoaded)
}
