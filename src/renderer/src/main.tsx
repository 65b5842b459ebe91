import '@mantine/core/styles.css'
import '@mantine/dates/styles.css'
import '@mantine/dropzone/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startWorkspace } from './features/backups/startWorkspace'
import { undoInterruptedImports } from './features/imports/undoInterruptedImports'
import { askPersistentStorage } from './storage/persistentStorage'
import { reportFailedSaves } from './storage/saveFailedNotice'

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

reportFailedSaves()
// The system may otherwise clear the workspace when the disk runs low.
void askPersistentStorage().catch((error) =>
  console.error('Asking for persistent storage failed', error),
)

// The workspace is checked against main's marker before anything reads it: a database that
// opened empty or older than the marker says gets the recovery screen, not an empty workspace.
void startWorkspace()
  .then((state) => {
    if (state === 'recovery') window.location.hash = '#/recovery'
  })
  .catch((error) => console.error('Checking the workspace failed', error))
  .finally(() => {
    render()
    // An import the last session never finished is rolled back as the window opens.
    void undoInterruptedImports()
  })
