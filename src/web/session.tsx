/**
 * The signed-in session for the whole web app: loaded once, refreshed after signing in or out,
 * and a guard that shows a refusal for pages the role may not see (the server refuses the data
 * as well; the guard only spares the user a page of errors).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Action } from '../domain/access/permissions';
import { authApi, sessionMay, type Session } from './api-auth';
import './auth.css';

interface SessionContextValue {
  session: Session | null;
  loading: boolean;
  /** Replaces the session with a fresh answer from the server (after sign-in steps). */
  setSession(session: Session | null): void;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      setSession(await authApi.session());
    } catch {
      setSession(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ session, loading, setSession, refresh }), [session, loading, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** Renders the page when the session may take the action; otherwise asks to sign in, or refuses. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading) return <p className="loading">Bezig met laden…</p>;
  if (!session?.signedIn || session.stage !== 'full') {
    return (
      <div className="page-intro">
        <h1>Aanmelden nodig</h1>
        <p className="lead">Deze pagina bevat gegevens die alleen na aanmelden te zien zijn.</p>
        <p>
          <Link to={`/aanmelden?terug=${encodeURIComponent(location.pathname)}`}>Aanmelden</Link>
        </p>
      </div>
    );
  }
  if (!sessionMay(session, action)) {
    return (
      <div className="page-intro" role="alert">
        <h1>Geen toegang</h1>
        <p className="lead">
          U heeft met uw rol ({session.active?.role ?? 'onbekend'}) geen toegang tot deze pagina.
        </p>
        <p>
          <Link to="/">Naar Zoek passend aanbod</Link>
        </p>
      </div>
    );
  }
  return <>{children}</>;
}

/** The pages behind sign-in, each shown in the header to the roles whose permissions open it. */
const WORK_NAV: { to: string; label: string; action: Action }[] = [
  { to: '/verwijzingen', label: 'Verwijzingen', action: 'referral:read' },
  { to: '/consultaties', label: 'Consultatie', action: 'consultation:read' },
  { to: '/overlegtafel', label: 'Overlegtafel', action: 'case-review:read' },
  { to: '/verkennend-gesprek', label: 'Verkennend gesprek', action: 'exploratory:read' },
  { to: '/portaal', label: 'Mijn aanbod', action: 'care-map:edit' },
  { to: '/actualiteit', label: 'Actualiteit', action: 'freshness:read' },
  { to: '/dashboard', label: 'Regiodashboard', action: 'statistics:read' },
  { to: '/meldingen', label: 'Meldingen', action: 'notification:read' },
  { to: '/beheer/gebruikers', label: 'Gebruikers', action: 'user:read' },
  { to: '/audit', label: 'Audittrail', action: 'audit:read' },
  { to: '/wachttijden/importeren', label: 'Wachttijden importeren', action: 'waiting-time:import' },
];

export function useWorkNav(): { to: string; label: string; end: boolean }[] {
  const { session } = useSession();
  if (!session?.signedIn || session.stage !== 'full') return [];
  return WORK_NAV.filter((item) => sessionMay(session, item.action)).map(({ to, label }) => ({ to, label, end: false }));
}

/** The header's sign-in link, or the signed-in user with their organisation and a sign-out button. */
export function SessionControl() {
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  if (!session?.signedIn) {
    return (
      <p className="session-control">
        <Link to="/aanmelden">Aanmelden</Link>
      </p>
    );
  }
  const signOut = async () => {
    await authApi.signOut().catch(() => undefined);
    await refresh();
    navigate('/aanmelden');
  };
  return (
    <div className="session-control">
      {session.stage === 'full' ? (
        <Link to="/account">
          {session.user?.displayName}
          {session.active ? (
            <span className="session-control__org"> · {session.active.organizationName}</span>
          ) : null}
        </Link>
      ) : (
        <Link to="/aanmelden">Aanmelden afronden</Link>
      )}{' '}
      <button type="button" className="button button--link" onClick={() => void signOut()}>
        Afmelden
      </button>
    </div>
  );
}
