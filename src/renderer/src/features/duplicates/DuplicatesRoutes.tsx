import { Route, Routes } from 'react-router'
import { NotFoundPage } from '../../shell/NotFoundPage'
import { DuplicateQueuePage } from './DuplicateQueuePage'
import { MergePage } from './MergePage'

/** `/duplicates` and the merge screen beneath it, so the app's router needs one line for both. */
export function DuplicatesRoutes() {
  return (
    <Routes>
      <Route index element={<DuplicateQueuePage />} />
      <Route path="merge/:entity/:a/:b" element={<MergePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  )
}
