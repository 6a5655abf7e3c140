/**
 * The route × role test, derived from the permission model: every route in the OpenAPI document
 * must declare an action, and every route is called as every role, anonymously, and by a user who
 * has given the password but not yet the second factor. Whatever the
 * model allows must not be refused with 401/403; whatever it refuses must be refused (401 when
 * not signed in, 403 for a role without the grant). A new route without a declared permission,
 * or a route whose enforcement drifts from the model, fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type Action, type Principal } from '../../src/domain/access/permissions';
import { ROLE_IDS, type Role } from '../../src/domain/access/roles';
import { buildApp } from '../../src/http/app';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { DEMO_PASSWORD } from '../../src/services/demo-accounts';
import { clientFor, demoEmail, signInAs, type DemoAccountKey, type SignedIn } from '../support/session';

const ACCOUNT_OF_ROLE: Record<Role, DemoAccountKey> = {
  huisarts: 'huisarts',
  'poh-ggz': 'poh-ggz',
  praktijkmedewerker: 'praktijkmedewerker',
  verwijsadviseur: 'verwijsadviseur',
  'aanbieder-medewerker': 'aanbieder',
  financier: 'financier',
  beheerder: 'beheerder',
};

interface Operation {
  method: string;
  path: string;
  action: Action;
}

/** Fills path parameters with a well-formed value; validation comes after the permission check anyway. */
function concreteUrl(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    /id$/i.test(name) && name !== 'ruleId' ? '00000000-0000-4000-8000-000000000000' : 'onbekend',
  );
}

describe.each(testDatabases())('permissions of every route on $name', ({ name }) => {
  let t: TestApp;
  let operations: Operation[];
  const sessions = new Map<Role, SignedIn>();
  let pending: SignedIn;

  beforeAll(async () => {
    t = await startTestApp(name);
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => {
        const fastifyPath = path.replace(/\{(\w+)\}/g, ':$1');
        const action = t.app.routePermissions.get(`${method.toUpperCase()} ${fastifyPath}`);
        return { method: method.toUpperCase(), path, action: action as Action };
      }),
    );
    for (const role of ROLE_IDS) sessions.set(role, await signInAs(t.app, ACCOUNT_OF_ROLE[role]));
    // A GP who has given the password but not yet the code.
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: demoEmail('huisarts'), password: DEMO_PASSWORD },
    });
    pending = clientFor(
      t.app,
      { wegwijzer_sessie: first.cookies.find((c) => c.name === 'wegwijzer_sessie')?.value ?? '' },
      first.json().csrfToken,
    );
  });
  afterAll(() => t.close());

  it('finds every route of the API in the OpenAPI document, each with a declared permission', () => {
    expect(operations.length).toBeGreaterThan(30);
    const undeclared = operations
      .filter((op) => op.action === undefined)
      .map((op) => `${op.method} ${op.path}`);
    expect(undeclared, 'routes without config.permission').toEqual([]);
    const apiRoutes = [...t.app.routePermissions.entries()].filter(([key]) =>
      /^(GET|POST|PUT|PATCH|DELETE) \/api\//.test(key),
    );
    const withoutPermission = apiRoutes.filter(([, action]) => action === undefined).map(([key]) => key);
    expect(withoutPermission, 'registered /api routes without a permission').toEqual([]);
  });

  it('allows and refuses every route for every role and for anonymous callers exactly as the model says', async () => {
    const mismatches: string[] = [];
    // Signing out ends the session the other calls use, so it goes last.
    const ordered = [...operations].sort(
      (a, b) => Number(a.path.endsWith('/sign-out')) - Number(b.path.endsWith('/sign-out')),
    );
    const callers: (Role | 'half aangemeld' | null)[] = [null, 'half aangemeld', ...ROLE_IDS];
    for (const caller of callers) {
      const session = caller === 'half aangemeld' ? pending : caller ? sessions.get(caller) : undefined;
      const principal: Principal | null =
        caller === 'half aangemeld'
          ? { userId: 'u', displayName: 'x', role: 'huisarts', organizationId: 'o', stage: 'second-factor' }
          : caller
            ? { userId: 'u', displayName: 'x', role: caller, organizationId: 'o', stage: 'full' }
            : null;
      for (const op of ordered) {
        const request = { method: op.method as 'GET', url: concreteUrl(op.path) };
        const res = session ? await session.inject(request) : await t.app.inject(request);
        const decision = decide(principal, op.action);
        const refusedWith = res.statusCode === 401 || res.statusCode === 403 ? res.statusCode : null;
        const expected = decision.allowed ? null : decision.reason === 'role' ? 403 : 401;
        if (refusedWith !== expected) {
          mismatches.push(
            `${caller ?? 'anoniem'} ${op.method} ${op.path} (${op.action}): expected ${expected ?? 'allowed'}, got ${res.statusCode}`,
          );
        }
        expect(res.statusCode, `${op.method} ${op.path}`).toBeLessThan(500);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses a route that declares no permission to everyone, the administrator included', async () => {
    const extra = await buildApp({ services: t.started.services });
    extra.get('/api/vergeten', async () => ({ geheim: true }));
    try {
      expect(extra.routePermissions.get('GET /api/vergeten')).toBeUndefined();
      const admin = sessions.get('beheerder');
      const res = await extra.inject({
        method: 'GET',
        url: '/api/vergeten',
        headers: { cookie: admin?.cookie ?? '' },
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('geheim');
    } finally {
      await extra.close();
    }
  });

  it('keeps the care map, route advice and documentation open to anonymous visitors', async () => {
    for (const url of [
      '/api/health',
      '/api/services?limit=1',
      '/api/reference/vocabulary',
      '/api/routes',
      '/docs/json',
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });
});
