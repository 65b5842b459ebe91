import { createHashRouter } from 'react-router'
import { BackupsPage } from './features/backups/BackupsPage'
import { RecoveryPage } from './features/backups/RecoveryPage'
import { CampaignPage } from './features/campaigns/CampaignPage'
import { CampaignsPage } from './features/campaigns/CampaignsPage'
import { ContactPage } from './features/contacts/ContactPage'
import { ContactsPage } from './features/contacts/ContactsPage'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { DuplicatesRoutes } from './features/duplicates/DuplicatesRoutes'
import { ImportRunPage } from './features/imports/ImportRunPage'
import { ImportsPage } from './features/imports/ImportsPage'
import { ImportWizard } from './features/imports/wizard/ImportWizard'
import { MetricPage } from './features/metrics/MetricPage'
import { MetricsPage } from './features/metrics/MetricsPage'
import { OrganizationPage } from './features/partners/OrganizationPage'
import { PartnersPage } from './features/partners/PartnersPage'
import { BoardPage } from './features/partners/board/BoardPage'
import { ScreeningPage } from './features/screenings/ScreeningPage'
import { CalendarPage } from './features/screenings/calendar/CalendarPage'
import { PipelinePage } from './features/screenings/pipeline/PipelinePage'
import { ScreeningsPage } from './features/screenings/ScreeningsPage'
import { TrashPage } from './features/trash/TrashPage'
import { AppLayout } from './shell/AppLayout'
import { ErrorFallback } from './shell/ErrorFallback'
import { NotFoundPage } from './shell/NotFoundPage'

// Routes live in the hash: the page is always index.html, so its relative asset URLs resolve.
export const router = createHashRouter([
  // Outside the frame: while the workspace looks lost, nothing else is offered.
  { path: 'recovery', element: <RecoveryPage />, errorElement: <ErrorFallback /> },
  {
    element: <AppLayout />,
    errorElement: <ErrorFallback />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'campaigns', element: <CampaignsPage /> },
      { path: 'campaigns/:id', element: <CampaignPage /> },
      { path: 'screenings', element: <ScreeningsPage /> },
      { path: 'screenings/calendar', element: <CalendarPage /> },
      { path: 'screenings/board', element: <PipelinePage /> },
      { path: 'screenings/:id', element: <ScreeningPage /> },
      { path: 'partners/board', element: <BoardPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'partners/:id', element: <OrganizationPage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/:id', element: <ContactPage /> },
      { path: 'metrics', element: <MetricsPage /> },
      { path: 'metrics/:id', element: <MetricPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: 'imports/new', element: <ImportWizard /> },
      { path: 'imports/:id', element: <ImportRunPage /> },
      // Charts bring recharts: the report loads when first opened.
      {
        path: 'report',
        lazy: async () => ({
          Component: (await import('./features/report/ReportPage')).ReportPage,
        }),
      },
      { path: 'duplicates/*', element: <DuplicatesRoutes /> },
      { path: 'trash', element: <TrashPage /> },
      { path: 'backups', element: <BackupsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
