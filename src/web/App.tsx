/** The routes of the web app; every page renders inside the shared Layout (header, nav, footer). */
import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { Layout } from './components/Layout';
import { KeuzehulpPlaceholder } from './pages/KeuzehulpPlaceholder';
import { MatchPage } from './pages/MatchPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SearchPage } from './pages/SearchPage';
import { ServicePage } from './pages/ServicePage';

const TITLES: [RegExp, string][] = [
  [/^\/$/, 'Zoek passend aanbod'],
  [/^\/zoeken/, 'Zoeken'],
  [/^\/diensten\//, 'Dienst'],
  [/^\/keuzehulp/, 'Keuzehulp'],
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
    <>
      <DocumentTitle />
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<MatchPage />} />
          <Route path="zoeken" element={<SearchPage />} />
          <Route path="diensten/:id" element={<ServicePage />} />
          <Route path="keuzehulp" element={<KeuzehulpPlaceholder />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
