/**
 * Mijn account: name, organisations and roles (and switching between them), the second factor,
 * changing the password, and signing out.
 */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api';
import { authApi, type Account as AccountData } from '../api-auth';
import { ROLES } from '../../domain/access/roles';
import { useSession } from '../session';
import { EnrolForm, PasswordForm } from './SignIn';

const roleLabel = (role: string) => ROLES.find((r) => r.id === role)?.label ?? role;

export function Account() {
  const { setSession, refresh } = useSession();
  const navigate = useNavigate();
  const [account, setAccount] = useState<AccountData | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [changing, setChanging] = useState(false);

  useEffect(() => {
    authApi
      .account()
      .then(setAccount, (e: unknown) =>
        setMessage({
          kind: 'error',
          text: e instanceof ApiError ? e.message : 'Het account kon niet worden geladen.',
        }),
      );
  }, []);

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ kind: 'ok', text: done });
      setAccount(await authApi.account());
    } catch (e) {
      setMessage({
        kind: 'error',
        text:
          e instanceof ApiError
            ? [e.message, ...e.details.map((d) => `${d.field} ${d.message}`)].join(' ')
            : 'Er ging iets mis.',
      });
    } finally {
      setBusy(false);
    }
  }

  async function signOut() {
    await authApi.signOut().catch(() => undefined);
    await refresh();
    navigate('/aanmelden');
  }

  return (
    <div className="auth-ui">
      <div className="page-intro">
        <h1>Mijn account</h1>
      </div>
      <div aria-live="polite" role="status">
        {message ? (
          <div className={message.kind === 'error' ? 'alert alert--error' : 'note'}>{message.text}</div>
        ) : null}
      </div>
      {account ? (
        <>
          <section className="card">
            <h2>Gegevens</h2>
            <dl className="facts">
              <div className="facts__row">
                <dt>Naam</dt>
                <dd>{account.displayName}</dd>
              </div>
              <div className="facts__row">
                <dt>E-mailadres</dt>
                <dd>{account.email}</dd>
              </div>
              <div className="facts__row">
                <dt>Tweede factor</dt>
                <dd>
                  {account.secondFactorEnabled
                    ? 'Ingesteld'
                    : account.secondFactorRequired
                      ? 'Verplicht, nog niet ingesteld'
                      : 'Niet ingesteld'}
                </dd>
              </div>
            </dl>
          </section>
          <section className="card">
            <h2>Organisaties en rollen</h2>
            <ul className="plain-list">
              {account.memberships.map((m) => (
                <li key={m.organizationId}>
                  {m.organizationName} — {roleLabel(m.role)}{' '}
                  {account.active?.organizationId === m.organizationId ? (
                    <strong>(u werkt nu namens deze organisatie)</strong>
                  ) : (
                    <button
                      type="button"
                      className="button button--link"
                      disabled={busy}
                      onClick={() =>
                        void run(
                          async () => setSession(await authApi.switchOrganization(m.organizationId)),
                          `U werkt nu namens ${m.organizationName}.`,
                        )
                      }
                    >
                      Werk namens {m.organizationName}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {!account.secondFactorEnabled ? (
            <section>
              <h2>Tweede factor</h2>
              <EnrolForm
                busy={busy}
                onError={(text) => setMessage({ kind: 'error', text })}
                onCode={(code) =>
                  void run(
                    async () => setSession(await authApi.confirmSecondFactor(code)),
                    'De tweede factor is ingesteld.',
                  )
                }
              />
            </section>
          ) : null}
          {!account.singleSignOn ? (
            <section>
              <h2>Wachtwoord</h2>
              {changing ? (
                <PasswordForm
                  busy={busy}
                  onSubmit={(current, next) =>
                    void run(async () => {
                      setSession(await authApi.changePassword(current, next));
                      setChanging(false);
                    }, 'Uw wachtwoord is gewijzigd. Andere sessies zijn afgemeld.')
                  }
                />
              ) : (
                <button type="button" className="button button--secondary" onClick={() => setChanging(true)}>
                  Wachtwoord wijzigen
                </button>
              )}
            </section>
          ) : null}
          <p>
            <button type="button" className="button button--secondary" onClick={() => void signOut()}>
              Afmelden
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
