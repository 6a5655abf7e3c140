/**
 * Aanmelden: e-mailadres en wachtwoord, dan de code uit de authenticator-app, zo nodig een nieuw
 * wachtwoord (na een reset) en het instellen van de tweede factor. Each step is its own small
 * form; errors are announced (aria-live) and focus moves to the new step's first field.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api';
import { authApi, type Enrolment, type Session } from '../api-auth';
import { useSession } from '../session';

function ErrorMessage({ error }: { error: string | null }) {
  return (
    <div aria-live="assertive" role="status">
      {error ? (
        <div className="alert alert--error">
          <p>{error}</p>
        </div>
      ) : null}
    </div>
  );
}

const messageOf = (error: unknown) =>
  error instanceof ApiError
    ? [error.message, ...error.details.map((d) => `${d.field} ${d.message}`)].join(' ')
    : 'Er ging iets mis. Probeer het opnieuw.';

/** Only paths inside the app, so a crafted link cannot send someone elsewhere after signing in. */
const safeReturn = (value: string | null) =>
  value && value.startsWith('/') && !value.startsWith('//') ? value : '/account';

export function SignIn() {
  const { session, setSession, loading } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const stage = session?.signedIn ? session.stage : null;

  useEffect(() => {
    if (stage === 'full') navigate(safeReturn(params.get('terug')), { replace: true });
  }, [stage, navigate, params]);
  useEffect(() => {
    heading.current?.focus();
  }, [stage]);

  async function step(action: () => Promise<Session>) {
    setBusy(true);
    setError(null);
    try {
      setSession(await action());
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  if (loading) return <p className="loading">Bezig met laden…</p>;
  const title =
    stage === 'second-factor'
      ? 'Code uit uw authenticator-app'
      : stage === 'change-password'
        ? 'Kies een nieuw wachtwoord'
        : stage === 'enrol-second-factor'
          ? 'Tweede factor instellen'
          : 'Aanmelden';

  return (
    <div className="auth-page auth-ui">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <ErrorMessage error={error} />
      {stage === 'second-factor' ? (
        <CodeForm busy={busy} onCode={(code) => step(() => authApi.secondFactor(code))} />
      ) : stage === 'change-password' ? (
        <PasswordForm
          busy={busy}
          onSubmit={(current, next) => step(() => authApi.changePassword(current, next))}
        />
      ) : stage === 'enrol-second-factor' ? (
        <EnrolForm
          busy={busy}
          onError={setError}
          onCode={(code) => step(() => authApi.confirmSecondFactor(code))}
        />
      ) : (
        <PasswordSignIn
          busy={busy}
          session={session}
          onSubmit={(email, password) => step(() => authApi.signIn(email, password))}
        />
      )}
    </div>
  );
}

function PasswordSignIn({
  busy,
  session,
  onSubmit,
}: {
  busy: boolean;
  session: Session | null;
  onSubmit(email: string, password: string): void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(email, password);
  };
  return (
    <>
      <form className="card auth-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="email">E-mailadres</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Wachtwoord</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Bezig…' : 'Aanmelden'}
        </button>
      </form>
      {session?.singleSignOn ? (
        <p>
          <a className="button button--secondary" href={session.singleSignOn.startUrl}>
            {session.singleSignOn.label}
          </a>
        </p>
      ) : null}
      <p className="hint">
        Wachtwoord vergeten? Vraag de beheerder van uw organisatie om een tijdelijk wachtwoord.
      </p>
    </>
  );
}

function CodeForm({
  busy,
  onCode,
  label = 'Code (6 cijfers)',
}: {
  busy: boolean;
  onCode(code: string): void;
  label?: string;
}) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCode(code);
  };
  return (
    <form className="card auth-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="code">{label}</label>
        <input
          id="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,7}"
          maxLength={7}
          required
          value={code}
          aria-describedby="code-hint"
          onChange={(e) => setCode(e.target.value)}
        />
        <p id="code-hint" className="hint">
          Open de authenticator-app op uw telefoon en typ de code voor Wegwijzer.
        </p>
      </div>
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? 'Bezig…' : 'Bevestigen'}
      </button>
    </form>
  );
}

export function PasswordForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit(current: string, next: string): void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const mismatch = repeat.length > 0 && next !== repeat;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) onSubmit(current, next);
  };
  return (
    <form className="card auth-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="current-password">Huidig (of tijdelijk) wachtwoord</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">Nieuw wachtwoord</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
          aria-describedby="new-password-hint"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <p id="new-password-hint" className="hint">
          Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.
        </p>
      </div>
      <div className={mismatch ? 'field field--error' : 'field'}>
        <label htmlFor="repeat-password">Nieuw wachtwoord nogmaals</label>
        <input
          id="repeat-password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={mismatch}
          aria-describedby={mismatch ? 'repeat-error' : undefined}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        {mismatch ? (
          <p id="repeat-error" className="field-error">
            De wachtwoorden zijn niet gelijk.
          </p>
        ) : null}
      </div>
      <button className="button button--primary" type="submit" disabled={busy || mismatch}>
        {busy ? 'Bezig…' : 'Wachtwoord opslaan'}
      </button>
    </form>
  );
}

/** Shows a new secret for the authenticator app, then asks for a code to confirm it. */
export function EnrolForm({
  busy,
  onCode,
  onError,
}: {
  busy: boolean;
  onCode(code: string): void;
  onError(message: string): void;
}) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const begin = async () => {
    try {
      setEnrolment(await authApi.beginSecondFactor());
    } catch (e) {
      onError(messageOf(e));
    }
  };
  if (!enrolment) {
    return (
      <div className="card auth-form">
        <p>
          Voor uw rol is een tweede factor verplicht. U heeft een authenticator-app nodig (bijvoorbeeld een
          app van uw organisatie, of een andere app die TOTP-codes maakt).
        </p>
        <button className="button button--primary" type="button" onClick={() => void begin()}>
          Tweede factor instellen
        </button>
      </div>
    );
  }
  return (
    <>
      <div className="card auth-form">
        <p>
          Voeg in uw authenticator-app een account toe met deze sleutel (of open de koppeling op uw telefoon):
        </p>
        <p>
          <code className="secret" aria-label="Sleutel voor de authenticator-app">
            {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
          </code>
        </p>
        <p>
          <a href={enrolment.uri}>Koppeling voor de authenticator-app</a>
        </p>
      </div>
      <CodeForm busy={busy} onCode={onCode} label="Code uit de app ter bevestiging" />
    </>
  );
}
