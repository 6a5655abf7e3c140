/** The routes of the web app; every page renders inside the shared Layout (header, nav, footer). */
import { lazy, useEffect, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Keuzehulp } from './pages/Keuzehulp';
import { MatchPage } from './pages/MatchPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegionaleRegels } from './pages/RegionaleRegels';
import { SearchPage } from './pages/SearchPage';
import { ServicePage } from './pages/ServicePage';
import { SignIn } from './pages/SignIn';
import { RequirePermission, SessionProvider } from './session';

/**
 * The pages behind sign-in load on first visit, so the GP's search (the pages above) starts with a
 * small bundle. The Layout shows a loading line while a page's code arrives.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const Account = page(() => import('./pages/Account'), 'Account');
const Audit = page(() => import('./pages/Audit'), 'Audit');
const Users = page(() => import('./pages/Users'), 'Users');
const ImportWaits = page(() => import('./pages/ImportWaits'), 'ImportWaits');
const PortalPages = page(() => import('./pages/portal/PortalPages'), 'PortalPages');
const FreshnessPages = page(() => import('./pages/freshness/FreshnessPages'), 'FreshnessPages');
const DashboardPages = page(() => import('./pages/dashboard/DashboardPages'), 'DashboardPages');
const ReferralPages = page(() => import('./pages/referrals/ReferralPages'), 'ReferralPages');
const NotificationPages = page(() => import('./pages/notifications/NotificationPages'), 'NotificationPages');
const ConsultationPages = page(() => import('./pages/consultations/ConsultationPages'), 'ConsultationPages');
const CaseReviewPages = page(() => import('./pages/case-review/CaseReviewPages'), 'CaseReviewPages');
const ExploratoryPages = page(() => import('./pages/exploratory/ExploratoryPages'), 'ExploratoryPages');

const TITLES: [RegExp, string][] = [
  [/^\/$/, 'Zoek passend aanbod'],
  [/^\/zoeken/, 'Zoeken'],
  [/^\/diensten\//, 'Dienst'],
  [/^\/keuzehulp/, 'Keuzehulp'],
  [/^\/regio/, 'Regionale afspraken'],
  [/^\/aanmelden/, 'Aanmelden'],
  [/^\/account/, 'Mijn account'],
  [/^\/beheer\/gebruikers/, 'Gebruikersbeheer'],
  [/^\/audit/, 'Audittrail'],
  [/^\/wachttijden\/importeren/, 'Wachttijden importeren'],
  [/^\/portaal/, 'Mijn aanbod'],
  [/^\/actualiteit/, 'Actualiteit'],
  [/^\/dashboard/, 'Regiodashboard'],
  [/^\/verwijzingen/, 'Verwijzingen'],
  [/^\/meldingen/, 'Meldingen'],
  [/^\/consultaties/, 'Consultatie GGZ'],
  [/^\/overlegtafel/, 'GGZ-overlegtafel'],
  [/^\/verkennend-gesprek/, 'Verkennend gesprek'],
];

/** Sets the document title per page, so a screen reader and the browser history name it. */
function DocumentTitle() {
  const { pathname } = useLocation();
  useEffect(() => {
    const title = TITLES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'Pagina niet gevonden';
    document.title = `${title} · Wegwijzer`;
  }, [pathname]);
  return null;
}

export function App() {
  return (
    <SessionProvider>
      <DocumentTitle />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<MatchPage />} />
          <Route path="zoeken" element={<SearchPage />} />
          <Route path="diensten/:id" element={<ServicePage />} />
          <Route path="keuzehulp" element={<Keuzehulp />} />
          <Route path="regio" element={<RegionaleRegels />} />
          <Route path="regio/:id/regels" element={<RegionaleRegels />} />
          <Route path="aanmelden" element={<SignIn />} />
          <Route path="account" element={<RequirePermission action="account:read"><Account /></RequirePermission>} />
          <Route path="beheer/gebruikers" element={<RequirePermission action="user:read"><Users /></RequirePermission>} />
          <Route path="audit" element={<RequirePermission action="audit:read"><Audit /></RequirePermission>} />
          <Route path="wachttijden/importeren" element={<RequirePermission action="waiting-time:import"><ImportWaits /></RequirePermission>} />
          <Route path="portaal/*" element={<RequirePermission action="care-map:edit"><PortalPages /></RequirePermission>} />
          <Route path="actualiteit/*" element={<RequirePermission action="freshness:read"><FreshnessPages /></RequirePermission>} />
          <Route path="dashboard/*" element={<RequirePermission action="statistics:read"><DashboardPages /></RequirePermission>} />
          <Route path="verwijzingen/*" element={<RequirePermission action="referral:read"><ReferralPages /></RequirePermission>} />
          <Route path="meldingen/*" element={<RequirePermission action="notification:read"><NotificationPages /></RequirePermission>} />
          <Route path="consultaties/*" element={<RequirePermission action="consultation:read"><ConsultationPages /></RequirePermission>} />
          <Route path="overlegtafel/*" element={<RequirePermission action="case-review:read"><CaseReviewPages /></RequirePermission>} />
          <Route path="verkennend-gesprek/*" element={<RequirePermission action="exploratory:read"><ExploratoryPages /></RequirePermission>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
