/**
 * The frame of every page: a skip link, the header with the app name and the main navigation, the
 * main landmark (focused after each navigation so keyboard and screen-reader users start at the
 * new content), and the footer crediting the reference data and linking the API documentation.
 */
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { SessionControl, useWorkNav } from '../session';

const NAV = [
  { to: '/', label: 'Zoek passend aanbod', end: true },
  { to: '/zoeken', label: 'Zoeken', end: false },
  { to: '/keuzehulp', label: 'Keuzehulp', end: false },
  { to: '/regio', label: 'Regionale afspraken', end: false },
];

export function Layout() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const sessionNav = useWorkNav();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="28" height="28" focusable="false">
                <rect x="11" y="2" width="2" height="20" rx="1" fill="currentColor" />
                <path d="M4 4h13l3 2.75L17 9.5H4z" fill="currentColor" />
                <path d="M20 11.5H7L4 14.25 7 17h13z" fill="currentColor" opacity="0.75" />
              </svg>
            </span>
            <span className="brand__name">Wegwijzer</span>
            <span className="brand__tagline">verwijsondersteuning voor de huisartsenzorg</span>
          </Link>
          <SessionControl />
          <nav aria-label="Hoofdmenu" className="site-nav">
            <ul>
              {[...NAV, ...sessionNav].map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="inhoud" ref={main} tabIndex={-1} className="container site-main">
        <Suspense
          fallback={
            <p className="loading" role="status">
              Bezig met laden…
            </p>
          }
        >
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>
            Referentiegegevens: gemeenten en provincies van het CBS; coördinaten van GeoNames (CC BY 4.0).
            Wachttijden getoond tegen de Treeknorm ggz.
          </p>
          <p>
            <a href="/docs">API-documentatie</a>
          </p>
        </div>
      </footer>
    </>
  );
}
