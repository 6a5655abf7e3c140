/**
 * Gebruikersbeheer for the administrator: find users, create one with a role in an organisation
 * (a temporary password is shown once), change roles, reset a password, lift a lock-out, switch an
 * account off or on. Every change is written to the audit trail by the server.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { authApi, type Membership, type OrganizationOption, type User } from '../api-auth';
import { ROLES, type Role } from '../../domain/access/roles';

const roleLabel = (role: string) => ROLES.find((r) => r.id === role)?.label ?? role;
const messageOf = (e: unknown) =>
  e instanceof ApiError
    ? [e.message, ...e.details.map((d) => `${d.field} ${d.message}`)].join(' ')
    : 'Er ging iets mis.';

/** A role and an organisation that fits it, chosen by typing part of the name. */
function MembershipPicker({
  onPick,
  idPrefix,
}: {
  onPick(m: Membership, name: string): void;
  idPrefix: string;
}) {
  const [role, setRole] = useState<Role>('huisarts');
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<OrganizationOption[]>([]);
  const [organizationId, setOrganizationId] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      authApi.organizations(search, role).then(
        (list) => {
          setOptions(list);
          setOrganizationId(list[0]?.id ?? '');
        },
        () => setOptions([]),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [search, role]);
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>Rol</label>
        <select id={`${idPrefix}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-search`}>Organisatie zoeken</label>
        <input id={`${idPrefix}-search`} value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-org`}>Organisatie</label>
        <select
          id={`${idPrefix}-org`}
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
        >
          {options.length === 0 ? <option value="">Geen passende organisatie</option> : null}
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button
          type="button"
          className="button button--secondary"
          disabled={!organizationId}
          onClick={() =>
            onPick({ organizationId, role }, options.find((o) => o.id === organizationId)?.name ?? '')
          }
        >
          Rol toevoegen
        </button>
      </div>
    </div>
  );
}

export function Users() {
  const [users, setUsers] = useState<User[]>([]);
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [secret, setSecret] = useState<{ who: string; password: string } | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  const load = useCallback(async (q?: string) => {
    try {
      setUsers((await authApi.users(q)).items);
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await action();
      setMessage({ kind: 'ok', text: done });
      await load(search || undefined);
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  }

  const current = users.find((u) => u.id === selected) ?? null;

  return (
    <div className="auth-ui">
      <div className="page-intro">
        <h1>Gebruikersbeheer</h1>
        <p className="lead">Accounts, hun rollen per organisatie, blokkades en wachtwoorden.</p>
      </div>
      <div aria-live="polite" role="status">
        {message ? (
          <div className={message.kind === 'error' ? 'alert alert--error' : 'note'}>{message.text}</div>
        ) : null}
        {secret ? (
          <div className="note">
            <p>
              Tijdelijk wachtwoord voor {secret.who}: <code className="secret">{secret.password}</code>
            </p>
            <p>
              Geef het veilig door; het wordt niet nog eens getoond. Bij de eerste aanmelding kiest de
              gebruiker een eigen wachtwoord.
            </p>
          </div>
        ) : null}
      </div>

      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void load(search || undefined);
        }}
      >
        <div className="field field--inline">
          <label htmlFor="user-search">Zoek op naam of e-mailadres</label>
          <input id="user-search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <button className="button button--secondary" type="submit">
            Zoeken
          </button>
        </div>
      </form>

      <div className="table-wrap">
        <table>
          <caption>Gebruikers ({users.length})</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Rollen</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Acties</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.displayName}</td>
                <td>{u.email}</td>
                <td>
                  {u.memberships.map((m) => `${roleLabel(m.role)} bij ${m.organizationName}`).join('; ') ||
                    'Geen'}
                </td>
                <td>
                  {[
                    u.active ? 'actief' : 'uitgeschakeld',
                    u.locked ? 'geblokkeerd' : null,
                    u.secondFactorEnabled ? 'tweede factor' : 'geen tweede factor',
                    u.demo ? 'demo' : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => setSelected(u.id === selected ? null : u.id)}
                    aria-expanded={u.id === selected}
                  >
                    {u.id === selected ? 'Sluiten' : `Beheer ${u.displayName}`}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {current ? (
        <UserPanel
          user={current}
          act={act}
          onSecret={(password) => setSecret({ who: current.email, password })}
        />
      ) : null}
      <NewUser
        onCreated={(who, password) => {
          setSecret({ who, password });
          void load();
        }}
        onError={(text) => setMessage({ kind: 'error', text })}
      />
    </div>
  );
}

function UserPanel({
  user,
  act,
  onSecret,
}: {
  user: User;
  act(action: () => Promise<unknown>, done: string): Promise<void>;
  onSecret(password: string): void;
}) {
  const [resetSecondFactor, setResetSecondFactor] = useState(false);
  const memberships = user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role }));
  return (
    <section className="card" aria-labelledby="panel-title">
      <h2 id="panel-title">{user.displayName}</h2>
      <h3>Rollen</h3>
      <ul className="plain-list">
        {user.memberships.map((m) => (
          <li key={m.organizationId}>
            {roleLabel(m.role)} bij {m.organizationName}{' '}
            <button
              type="button"
              className="button button--link"
              onClick={() =>
                void act(
                  () =>
                    authApi.setMemberships(
                      user.id,
                      memberships.filter((x) => x.organizationId !== m.organizationId),
                    ),
                  'De rol is ingetrokken.',
                )
              }
            >
              Intrekken
            </button>
          </li>
        ))}
      </ul>
      <MembershipPicker
        idPrefix={`m-${user.id}`}
        onPick={(m) =>
          void act(() => authApi.setMemberships(user.id, [...memberships, m]), 'De rol is toegevoegd.')
        }
      />
      <h3>Aanmelden</h3>
      <div className="form-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={resetSecondFactor}
            onChange={(e) => setResetSecondFactor(e.target.checked)}
          />{' '}
          Ook de tweede factor opnieuw laten instellen
        </label>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void act(
              async () =>
                onSecret((await authApi.resetPassword(user.id, resetSecondFactor)).temporaryPassword),
              'Het wachtwoord is gereset; de gebruiker is overal afgemeld.',
            )
          }
        >
          Wachtwoord resetten
        </button>
        {user.locked ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void act(() => authApi.unlock(user.id), 'De blokkade is opgeheven.')}
          >
            Blokkade opheffen
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void act(
              () => authApi.changeUser(user.id, { active: !user.active }),
              user.active ? 'Het account is uitgeschakeld.' : 'Het account is ingeschakeld.',
            )
          }
        >
          {user.active ? 'Account uitschakelen' : 'Account inschakelen'}
        </button>
      </div>
    </section>
  );
}

function NewUser({
  onCreated,
  onError,
}: {
  onCreated(who: string, password: string): void;
  onError(text: string): void;
}) {
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [memberships, setMemberships] = useState<(Membership & { name: string })[]>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await authApi.createUser({
        email,
        displayName,
        memberships: memberships.map(({ organizationId, role }) => ({ organizationId, role })),
      });
      onCreated(created.user.email, created.temporaryPassword);
      setEmail('');
      setDisplayName('');
      setMemberships([]);
    } catch (e) {
      onError(messageOf(e));
    }
  };
  return (
    <section className="card" aria-labelledby="new-user-title">
      <h2 id="new-user-title">Nieuwe gebruiker</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-email">E-mailadres</label>
            <input
              id="new-email"
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="new-name">Naam</label>
            <input
              id="new-name"
              required
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
            />
          </div>
        </div>
        <ul className="plain-list" aria-label="Gekozen rollen">
          {memberships.map((m) => (
            <li key={m.organizationId}>
              {roleLabel(m.role)} bij {m.name}
            </li>
          ))}
        </ul>
        <MembershipPicker
          idPrefix="new"
          onPick={(m, name) =>
            setMemberships((list) => [
              ...list.filter((x) => x.organizationId !== m.organizationId),
              { ...m, name },
            ])
          }
        />
        <button className="button button--primary" type="submit">
          Gebruiker aanmaken
        </button>
      </form>
    </section>
  );
}
