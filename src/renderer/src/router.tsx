import { createHashRouter } from 'react-router'
import { CampaignsPage } from './features/campaigns/CampaignsPage'
import { ContactsPage } from './features/contacts/ContactsPage'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { ImportsPage } from './features/imports/ImportsPage'
import { MetricsPage } from './features/metrics/MetricsPage'
import { PartnersPage } from './features/partners/PartnersPage'
import { ScreeningsPage } from './features/screenings/ScreeningsPage'
import { AppLayout } from './shell/AppLayout'
import { ErrorFallback } from './shell/ErrorFallback'
import { NotFoundPage } from './shell/NotFoundPage'

// Routes live in the hash: the page is always index.html, so its relative asset URLs resolve.
export const router = createHashRouter([
  {
    element: <AppLayout />,
    errorElement: <ErrorFallback />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'campaigns', element: <CampaignsPage /> },
      { path: 'screenings', element: <ScreeningsPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'metrics', element: <MetricsPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
])
