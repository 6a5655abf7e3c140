/** The routes of the web app; every page renders inside the shared Layout (header, nav, footer). */
import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { Keuzehulp } from './pages/Keuzehulp';
import { MatchPage } from './pages/MatchPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegionaleRegels } from './pages/RegionaleRegels';
import { SearchPage } from './pages/SearchPage';
import { ServicePage } from './pages/ServicePage';
import { Account } from './pages/Account';
import { Audit } from './pages/Audit';
import { SignIn } from './pages/SignIn';
import { Users } from './pages/Users';
import { ImportWaits } from './pages/ImportWaits';
import { RequirePermission, SessionProvider } from './session';

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
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </SessionProvider>
  );
}
