/**
 * Accounts over HTTP on a real app and database (PGlite, and PostgreSQL when DATABASE_URL is set):
 * sign-in with the second factor, secure cookies, CSRF, lock-out, the administrator's account
 * management with a first sign-in that changes the password and sets up TOTP, rights that apply
 * at once, and the audit trail that records all of it and its own use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, hotp, totpStep } from '../../src/domain/access/totp';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import {
  clientFor,
  demoAccount,
  demoEmail,
  nextCode,
  signInAs,
  signInWith,
  type SignedIn,
} from '../support/session';
import { DEMO_PASSWORD } from '../../src/services/demo-accounts';

interface AuditJson {
  seq: number;
  event: string;
  outcome: string;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  objectType: string;
  objectId: string | null;
  subjectPseudonym: string | null;
  details: Record<string, unknown>;
}

describe.each(testDatabases())('accounts and audit API on $name', ({ name }) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(name);
    admin = await signInAs(t.app, 'beheerder');
  });
  afterAll(() => t.close());

  const anonymous = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, ...(payload ? { payload } : {}) });
  const audit = async (query = '') => {
    const res = await admin.inject({ method: 'GET', url: `/api/audit?limit=500${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as AuditJson[];
  };

  it('keeps personal-data routes closed to anonymous callers with 401 and a Dutch message', async () => {
    for (const url of ['/api/account', '/api/users', '/api/audit']) {
      const res = await anonymous('GET', url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error).toMatchObject({
        code: 'niet-aangemeld',
        message: expect.stringMatching(/Meld u aan/),
      });
    }
    expect((await anonymous('GET', '/api/auth/session')).json()).toMatchObject({
      signedIn: false,
      stage: null,
    });
  });

  it('signs a GP in with password and TOTP code, with an HttpOnly, Secure, SameSite session cookie', async () => {
    const first = await anonymous('POST', '/api/auth/sign-in', {
      email: 'HUISARTS@demo.wegwijzer.nl',
      password: DEMO_PASSWORD,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      signedIn: true,
      stage: 'second-factor',
      memberships: [],
      active: null,
    });
    const cookie = first.cookies.find((c) => c.name === 'wegwijzer_sessie');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const pending = clientFor(t.app, { wegwijzer_sessie: cookie?.value ?? '' }, first.json().csrfToken);
    // Half signed in: no access to the account yet.
    expect((await pending.inject({ method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    const wrong = await pending.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { code: '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    const code = await nextCode(t.app, demoAccount('huisarts').totpSecret ?? '');
    const second = await pending.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { code },
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({
      stage: 'full',
      active: { role: 'huisarts', organizationName: 'Huisartsenpraktijk De Linde (fictief)' },
    });
    // The token was rotated: the pre-second-factor cookie is worthless now. A late request with it
    // is anonymous but sets no cookie, so it cannot wipe the new session's cookie in the browser.
    const stale = await pending.inject({ method: 'GET', url: '/api/account' });
    expect(stale.statusCode).toBe(401);
    expect(stale.headers['set-cookie']).toBeUndefined();
    const rotated = second.cookies.find((c) => c.name === 'wegwijzer_sessie')?.value ?? '';
    const gp = clientFor(t.app, { wegwijzer_sessie: rotated }, second.json().csrfToken);
    const account = await gp.inject({ method: 'GET', url: '/api/account' });
    expect(account.headers['cache-control']).toBe('no-store');
    expect(account.json()).toMatchObject({
      email: demoEmail('huisarts'),
      secondFactorEnabled: true,
      secondFactorRequired: true,
    });
  });

  it('refuses a TOTP code that was already used', async () => {
    const secret = demoAccount('praktijkmedewerker').totpSecret ?? '';
    const first = await anonymous('POST', '/api/auth/sign-in', {
      email: demoEmail('praktijkmedewerker'),
      password: DEMO_PASSWORD,
    });
    const pending = clientFor(
      t.app,
      { wegwijzer_sessie: first.cookies.find((c) => c.name === 'wegwijzer_sessie')?.value ?? '' },
      first.json().csrfToken,
    );
    const code = await nextCode(t.app, secret);
    expect(
      (await pending.inject({ method: 'POST', url: '/api/auth/second-factor', payload: { code } }))
        .statusCode,
    ).toBe(200);
    const again = await anonymous('POST', '/api/auth/sign-in', {
      email: demoEmail('praktijkmedewerker'),
      password: DEMO_PASSWORD,
    });
    const pending2 = clientFor(
      t.app,
      { wegwijzer_sessie: again.cookies.find((c) => c.name === 'wegwijzer_sessie')?.value ?? '' },
      again.json().csrfToken,
    );
    const replay = await pending2.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      payload: { code },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.message).toMatch(/al gebruikt/);
  });

  it('puts the demo provider account in a provider of the care map', async () => {
    const provider = await signInAs(t.app, 'aanbieder');
    const active = (await provider.inject({ method: 'GET', url: '/api/auth/session' })).json().active;
    expect(active).toMatchObject({ role: 'aanbieder-medewerker', organizationKind: 'ggz-praktijk' });
    const services = (
      await t.app.inject({ method: 'GET', url: `/api/services?organization=${active.organizationId}` })
    ).json();
    expect(services.total).toBeGreaterThan(0);
  });

  it('lets a financier in without a second factor, to aggregates only', async () => {
    const financier = await signInAs(t.app, 'financier');
    expect((await financier.inject({ method: 'GET', url: '/api/account' })).json()).toMatchObject({
      secondFactorRequired: false,
    });
    expect((await financier.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(403);
    expect((await financier.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
  });

  it('needs the CSRF token on changing requests of a signed-in browser, and signs out', async () => {
    const gp = await signInAs(t.app, 'huisarts2');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: gp.cookie },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.message).toMatch(/beveiligingstoken/);
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: gp.cookie, 'x-csrf-token': 'nep' },
    });
    expect(wrongToken.statusCode).toBe(403);
    const out = await gp.inject({ method: 'POST', url: '/api/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expect((await gp.inject({ method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    const events = (await audit()).filter((e) => e.objectType === 'session').map((e) => e.event);
    expect(events).toContain('sign-out');
  });

  it('locks an account after five wrong passwords, even against the right one, until the administrator unlocks it', async () => {
    const created = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: { email: 'slot@demo.test', displayName: 'Slot Test', memberships: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { user, temporaryPassword } = created.json();
    for (let i = 0; i < 5; i++) {
      const res = await anonymous('POST', '/api/auth/sign-in', {
        email: 'slot@demo.test',
        password: `fout-${i}-wachtwoord`,
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await anonymous('POST', '/api/auth/sign-in', {
      email: 'slot@demo.test',
      password: temporaryPassword,
    });
    expect(locked.statusCode).toBe(401);
    expect((await admin.inject({ method: 'GET', url: `/api/users/${user.id}` })).json()).toMatchObject({
      locked: true,
      failedAttempts: 5,
    });
    const failures = (await audit(`&userId=${user.id}&event=sign-in-failed`)).map((e) => e.details.reason);
    expect(failures).toEqual(['locked', ...Array(5).fill('wrong-password')]);
    expect(
      (await admin.inject({ method: 'POST', url: `/api/users/${user.id}/unlock` })).json(),
    ).toMatchObject({ locked: false });
    // No membership yet: the password is right but there is nothing to act for.
    const noRole = await anonymous('POST', '/api/auth/sign-in', {
      email: 'slot@demo.test',
      password: temporaryPassword,
    });
    expect(noRole.json().error.message).toMatch(/geen organisatie/);
  });

  it('answers an unknown address exactly like a wrong password', async () => {
    const unknown = await anonymous('POST', '/api/auth/sign-in', {
      email: 'niemand@demo.test',
      password: 'wat-dan-ook-123',
    });
    const wrong = await anonymous('POST', '/api/auth/sign-in', {
      email: demoEmail('verwijsadviseur'),
      password: 'wat-dan-ook-123',
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('walks a new GP from a temporary password through a new password and TOTP set-up to a full session', async () => {
    const orgs = (
      await admin.inject({ method: 'GET', url: '/api/users/organizations?role=huisarts&q=Linde%20(fictief)' })
    ).json();
    expect(orgs[0]).toMatchObject({
      name: 'Huisartsenpraktijk De Linde (fictief)',
      kind: 'huisartsenpraktijk',
    });
    const wrongKind = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'nieuw@demo.test',
        displayName: 'Nieuwe Huisarts',
        memberships: [{ organizationId: orgs[0].id, role: 'financier' }],
      },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.details[0].field).toBe('memberships.0.role');
    const created = await admin.inject({
      method: 'POST',
      url: '/api/users',
      payload: {
        email: 'nieuw@demo.test',
        displayName: 'Nieuwe Huisarts',
        memberships: [{ organizationId: orgs[0].id, role: 'huisarts' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { user, temporaryPassword } = created.json();
    expect(user).toMatchObject({ mustChangePassword: true, secondFactorEnabled: false });

    const first = await anonymous('POST', '/api/auth/sign-in', {
      email: 'nieuw@demo.test',
      password: temporaryPassword,
    });
    expect(first.json().stage).toBe('change-password');
    let gp = clientFor(
      t.app,
      { wegwijzer_sessie: first.cookies.find((c) => c.name === 'wegwijzer_sessie')?.value ?? '' },
      first.json().csrfToken,
    );
    const weak = await gp.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'kort' },
    });
    expect(weak.statusCode).toBe(400);
    const changed = await gp.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: temporaryPassword, newPassword: 'groene-fiets-langs-de-rijn' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().stage).toBe('enrol-second-factor');
    gp = clientFor(
      t.app,
      { wegwijzer_sessie: changed.cookies.find((c) => c.name === 'wegwijzer_sessie')?.value ?? '' },
      changed.json().csrfToken,
    );
    expect((await gp.inject({ method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    const enrol = await gp.inject({ method: 'POST', url: '/api/account/second-factor' });
    expect(enrol.statusCode, enrol.body).toBe(200);
    const { secret, uri } = enrol.json();
    expect(uri).toContain(`secret=${secret}`);
    const code = hotp(base32Decode(secret), totpStep(new Date()));
    const confirmed = await gp.inject({
      method: 'POST',
      url: '/api/account/second-factor/confirm',
      payload: { code },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().stage).toBe('full');

    const events = (await audit(`&userId=${user.id}`)).map(
      (e) => `${e.event}:${String(e.details.change ?? e.details.step ?? '')}`,
    );
    expect(events).toEqual(
      expect.arrayContaining([
        'sign-in:wachtwoord',
        'account-change:password',
        'account-change:second-factor-enrolled',
      ]),
    );
    const rights = await audit(`&event=rights-change`);
    expect(
      rights.some((e) => e.objectId === user.id && String(e.details.after).startsWith('huisarts@')),
    ).toBe(true);
  });

  it('applies a change of rights at the next request, and ends sessions on a password reset', async () => {
    const poh = await signInAs(t.app, 'poh-ggz');
    const state = (await poh.inject({ method: 'GET', url: '/api/auth/session' })).json();
    expect(state.memberships).toHaveLength(2);
    const other = state.memberships.find(
      (m: { organizationId: string }) => m.organizationId !== state.active.organizationId,
    );
    const switched = await poh.inject({
      method: 'PUT',
      url: '/api/auth/organization',
      payload: { organizationId: other.organizationId },
    });
    expect(switched.json().active.organizationId).toBe(other.organizationId);
    const notMine = await poh.inject({
      method: 'PUT',
      url: '/api/auth/organization',
      payload: { organizationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(notMine.statusCode).toBe(400);

    const user = (await admin.inject({ method: 'GET', url: `/api/users?q=poh-ggz` })).json().items[0];
    const keepOne = await admin.inject({
      method: 'PUT',
      url: `/api/users/${user.id}/memberships`,
      payload: { memberships: [{ organizationId: state.active.organizationId, role: 'poh-ggz' }] },
    });
    expect(keepOne.statusCode, keepOne.body).toBe(200);
    // The session acted for the removed organisation: it now acts for the remaining one.
    expect((await poh.inject({ method: 'GET', url: '/api/auth/session' })).json().active.organizationId).toBe(
      state.active.organizationId,
    );

    const reset = await admin.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password-reset`,
      payload: { resetSecondFactor: false },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await poh.inject({ method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    const again = await signInWith(
      t.app,
      demoEmail('poh-ggz'),
      reset.json().temporaryPassword,
      demoAccount('poh-ggz').totpSecret,
    );
    expect((await again.inject({ method: 'GET', url: '/api/auth/session' })).json().stage).toBe(
      'change-password',
    );
  });

  it('ends a session after 30 minutes without a request, and after 12 hours whatever the activity', async () => {
    const { resolveSession } = await import('../../src/services/auth');
    const services = t.started.services;
    const at = (minutes: number) => ({
      ...services,
      auth: { ...services.auth, clock: () => new Date(Date.now() + minutes * 60_000) },
    });
    const tokenOf = (client: SignedIn) => /wegwijzer_sessie=([^;]+)/.exec(client.cookie)?.[1] ?? '';
    const idle = await signInAs(t.app, 'financier');
    expect(await resolveSession(at(29), tokenOf(idle))).not.toBeNull();
    expect(await resolveSession(at(29 + 31), tokenOf(idle))).toBeNull();
    expect((await idle.inject({ method: 'GET', url: '/api/account' })).statusCode).toBe(401);
    const busy = await signInAs(t.app, 'financier');
    for (let minutes = 25; minutes < 12 * 60; minutes += 25)
      expect(await resolveSession(at(minutes), tokenOf(busy)), `${minutes}`).not.toBeNull();
    expect(await resolveSession(at(12 * 60 + 1), tokenOf(busy))).toBeNull();
  });

  it('does not let the administrator lock themselves out', async () => {
    const me = (await admin.inject({ method: 'GET', url: '/api/auth/session' })).json();
    const drop = await admin.inject({
      method: 'PUT',
      url: `/api/users/${me.user.id}/memberships`,
      payload: { memberships: [] },
    });
    expect(drop.statusCode).toBe(409);
    const off = await admin.inject({
      method: 'PATCH',
      url: `/api/users/${me.user.id}`,
      payload: { active: false },
    });
    expect(off.statusCode).toBe(409);
  });

  it('shows the coordinator the audit trail, logs that look, and keeps the chain verifiable', async () => {
    const coordinator = await signInAs(t.app, 'verwijsadviseur');
    const entries = (
      await coordinator.inject({ method: 'GET', url: '/api/audit?event=sign-in&limit=5' })
    ).json() as AuditJson[];
    expect(entries.length).toBe(5);
    expect(entries[0]).toMatchObject({
      event: 'sign-in',
      outcome: 'success',
      actorName: expect.any(String),
      actorRole: expect.any(String),
    });
    const looks = (await audit('&event=audit-read')).filter((e) => e.actorRole === 'verwijsadviseur');
    expect(looks.length).toBeGreaterThan(0);
    expect((await coordinator.inject({ method: 'GET', url: '/api/audit/verify' })).statusCode).toBe(403);
    const verdict = (await admin.inject({ method: 'GET', url: '/api/audit/verify' })).json();
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.checked).toBeGreaterThan(10);
  });

  it('gives the overview of who accessed one person’s data, and logs the look under that person', async () => {
    const { audited } = await import('../../src/services/audited');
    const gp = await signInAs(t.app, 'huisarts');
    const state = (await gp.inject({ method: 'GET', url: '/api/auth/session' })).json();
    const principal = {
      userId: state.user.id,
      displayName: state.user.displayName,
      role: 'huisarts' as const,
      organizationId: state.active.organizationId,
      stage: 'full' as const,
    };
    await audited({ services: t.started.services, principal }, async (_tx, { record }) => {
      record({
        event: 'read',
        objectType: 'referral',
        objectId: 'r-123',
        subjectPseudonym: 'p-test-persoon',
      });
    });
    const overview = (
      await admin.inject({ method: 'GET', url: '/api/audit/persons/p-test-persoon' })
    ).json() as AuditJson[];
    expect(overview[0]).toMatchObject({
      event: 'read',
      actorName: 'Dr. A. de Vries (huisarts)',
      actorRole: 'huisarts',
      objectId: 'r-123',
    });
    const after = (
      await admin.inject({ method: 'GET', url: '/api/audit/persons/p-test-persoon' })
    ).json() as AuditJson[];
    expect(after.map((e) => e.event)).toEqual(['read', 'audit-read']);
    const csv = await admin.inject({ method: 'GET', url: '/api/audit/persons/p-test-persoon/export' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[1]).toMatch(
      /"Ingezien";"gelukt";"Dr\. A\. de Vries \(huisarts\)";"huisarts"/,
    );
    const exported = (
      await admin.inject({ method: 'GET', url: '/api/audit/persons/p-test-persoon' })
    ).json() as AuditJson[];
    expect(exported.map((e) => e.event)).toContain('export');
  });

  it('sends security headers and no stack trace or SQL in errors', async () => {
    const res = await anonymous('GET', '/api/services/not-a-uuid');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const hostile = await anonymous('POST', '/api/auth/sign-in', {
      email: "' or 1=1 --@x.nl",
      password: "'; drop table app_user; --",
    });
    expect(hostile.statusCode).toBeLessThan(500);
    expect(hostile.body).not.toMatch(/select|insert|stack|at .*\.ts/i);
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', undefined, { signInAttemptsPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('answers 429 with a Dutch message after too many attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: 'iemand@demo.test', password: 'niet-goed-genoeg' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error.message).toMatch(/Te veel verzoeken/);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
