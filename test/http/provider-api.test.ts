/**
 * API keys and the provider system endpoint over the real app on both databases: a provider's
 * staff member makes a key (shown once, stored as a hash), the provider's own system posts waiting
 * times and a pause with it (no session, no CSRF token), a revoked or unknown key is refused with
 * 401, a key of one organisation cannot write for another, and a post with one bad row writes
 * nothing. Clock: Monday 23 November 2026.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

interface NewKey {
  key: string;
  apiKey: { id: string; name: string; prefix: string; lastUsedAt: string | null; revokedAt: string | null };
}
interface Report {
  written: boolean;
  message: string;
  counts: Record<'rows' | 'nieuw' | 'bijgewerkt' | 'bevestigd' | 'afgewezen', number>;
  rows: { list: string; index: number; serviceId: string; outcome: string; reasons: string[] }[];
}

const wait = (serviceId: string, overrides: Record<string, unknown> = {}) => ({
  serviceId,
  diagnosisGroup: null,
  registrationWeeks: 2,
  treatmentWeeks: 6,
  basis: 'actueel',
  waitingCount: 30,
  intakesPerMonth: 14,
  startsPerMonth: 12,
  measuredOn: '2026-11-22',
  ...overrides,
});

describe.each(testDatabases())('API keys and the provider system endpoint on $name', ({ name }) => {
  let t: TestApp;
  let provider: SignedIn;
  let admin: SignedIn;
  let ownServiceId: string;
  let otherOrganizationId: string;
  let otherServiceId: string;

  beforeAll(async () => {
    t = await startTestApp(name);
    provider = await signInAs(t.app, 'aanbieder');
    admin = await signInAs(t.app, 'beheerder');
    const own = (await provider.inject({ method: 'GET', url: '/api/portal/services' })).json();
    ownServiceId = own.services.find((s: { kind: string }) => ['bggz', 'sggz'].includes(s.kind)).id;
    const orgs = (await admin.inject({ method: 'GET', url: '/api/portal/organizations?q=GGZ' })).json() as {
      id: string;
    }[];
    otherOrganizationId = orgs.find((o) => o.id !== own.organization.id)!.id;
    const theirs = (
      await admin.inject({ method: 'GET', url: `/api/portal/services?organizationId=${otherOrganizationId}` })
    ).json();
    otherServiceId = theirs.services.find((s: { kind: string }) => ['bggz', 'sggz'].includes(s.kind)).id;
  });
  afterAll(() => t.close());

  const waitCount = async () => {
    const [row] = await queryRows<{ n: number; p: number }>(
      t.started.services.database.db,
      sql`select (select count(*)::int from service_wait) as n, (select count(*)::int from service_pause) as p`,
    );
    if (!row) throw new Error('no counts');
    return row;
  };
  const createKey = async (who: SignedIn, keyName: string, query = '') => {
    const res = await who.inject({
      method: 'POST',
      url: `/api/portal/api-keys${query}`,
      payload: { name: keyName },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as NewKey;
  };
  const post = (key: string, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/provider-api/waiting-times',
      headers: { authorization: `Bearer ${key}` },
      payload: payload as Record<string, unknown>,
    });

  it('shows a new key once and stores only its SHA-256', async () => {
    const created = await createKey(provider, 'Koppeling EPD');
    expect(created.key).toMatch(/^wwz_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      name: 'Koppeling EPD',
      prefix: created.key.slice(0, 12),
      revokedAt: null,
    });
    const stored = await queryRows<Record<string, unknown>>(
      t.started.services.database.db,
      sql`select * from api_key where id = ${created.apiKey.id}`,
    );
    expect(stored[0]?.key_hash).toBe(createHash('sha256').update(created.key).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const list = await provider.inject({ method: 'GET', url: '/api/portal/api-keys' });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.body).not.toContain(created.key);
    expect(list.json().keys).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: created.apiKey.id, prefix: created.apiKey.prefix }),
      ]),
    );
  });

  it('lets the provider’s system post waiting times and a pause with the key, seen in matching and history', async () => {
    const { key, apiKey } = await createKey(provider, 'Planning');
    const before = await waitCount();
    const res = await post(key, {
      waits: [wait(ownServiceId, { registrationWeeks: 2.5, treatmentWeeks: 4 })],
      pauses: [{ serviceId: ownServiceId, active: false }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as Report;
    expect(report).toMatchObject({ written: true, counts: { rows: 2, afgewezen: 0 } });
    expect(await waitCount()).toEqual({ n: before.n + 1, p: before.p + 1 });

    const view = (
      await provider.inject({ method: 'GET', url: `/api/portal/services/${ownServiceId}` })
    ).json();
    expect(
      view.waits.find((w: { diagnosisGroup: string | null }) => w.diagnosisGroup === null),
    ).toMatchObject({
      registrationWeeks: 2.5,
      treatmentWeeks: 4,
      intakesPerMonth: 14,
      source: 'api:Planning',
    });
    const [latest] = (
      await provider.inject({ method: 'GET', url: `/api/portal/services/${ownServiceId}/history` })
    ).json();
    expect(latest).toMatchObject({ source: 'api:Planning', recordedByName: 'F. Smit (ggz-aanbieder)' });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/services/${ownServiceId}` })).json();
    expect(
      detail.service.waits.find((w: { diagnosisGroup: string | null }) => w.diagnosisGroup === null),
    ).toMatchObject({
      registrationWeeks: 2.5,
      treatmentWeeks: 4,
    });

    const again = (
      await post(key, { waits: [wait(ownServiceId, { registrationWeeks: 2.5, treatmentWeeks: 4 })] })
    ).json() as Report;
    expect(again.rows[0]?.outcome).toBe('bevestigd');
    const keys = (await provider.inject({ method: 'GET', url: '/api/portal/api-keys' })).json().keys;
    expect(keys.find((k: { id: string }) => k.id === apiKey.id).lastUsedAt).not.toBeNull();
  });

  it('writes nothing when one row is wrong, and says why per row (422)', async () => {
    const { key } = await createKey(provider, 'Batch');
    const before = await waitCount();
    const res = await post(key, {
      waits: [wait(ownServiceId), wait(ownServiceId, { diagnosisGroup: 'onbekend' }), wait(ownServiceId)],
      pauses: [{ serviceId: ownServiceId, active: true }],
    });
    expect(res.statusCode).toBe(422);
    const report = res.json() as Report;
    expect(report.written).toBe(false);
    expect(report.message).toMatch(/er is niets opgeslagen/);
    expect(report.rows.map((r) => [r.list, r.index, r.outcome])).toEqual([
      ['waits', 0, 'bijgewerkt'],
      ['waits', 1, 'afgewezen'],
      ['waits', 2, 'afgewezen'],
      ['pauses', 0, 'afgewezen'],
    ]);
    expect(report.rows[1]?.reasons).toEqual(['onbekende diagnosegroep "onbekend"']);
    expect(report.rows[2]?.reasons[0]).toMatch(/al eerder in dit bericht/);
    expect(report.rows[3]?.reasons[0]).toMatch(/reden/);
    expect(await waitCount()).toEqual(before);

    const schema = await post(key, { waits: [wait(ownServiceId, { registrationWeeks: 'veel' })] });
    expect(schema.statusCode).toBe(400);
    expect(schema.json().error.message).toMatch(/registrationWeeks/);
  });

  it('refuses a key of one organisation for another organisation’s service, writing nothing', async () => {
    const { key: otherKey } = await createKey(
      admin,
      'Ander systeem',
      `?organizationId=${otherOrganizationId}`,
    );
    const before = await waitCount();
    const res = await post(otherKey, { waits: [wait(otherServiceId), wait(ownServiceId)] });
    expect(res.statusCode).toBe(422);
    const report = res.json() as Report;
    expect(report.rows[0]?.outcome).not.toBe('afgewezen');
    expect(report.rows[1]).toMatchObject({
      outcome: 'afgewezen',
      reasons: ['dienst niet gevonden bij uw organisatie'],
    });
    expect(await waitCount()).toEqual(before);
  });

  it('refuses a revoked or unknown key with 401, and a key on any other route', async () => {
    const { key, apiKey } = await createKey(provider, 'Oud systeem');
    const revoke = await provider.inject({ method: 'DELETE', url: `/api/portal/api-keys/${apiKey.id}` });
    expect(revoke.statusCode, revoke.body).toBe(200);
    expect(revoke.json().revokedAt).not.toBeNull();
    expect(
      (await provider.inject({ method: 'DELETE', url: `/api/portal/api-keys/${apiKey.id}` })).statusCode,
    ).toBe(409);

    const before = await waitCount();
    for (const bad of [key, `${key.slice(0, -1)}A`, 'wwz_geheim']) {
      const res = await post(bad, { waits: [wait(ownServiceId)] });
      expect(res.statusCode, bad).toBe(401);
      expect(res.json().error.message).toBe('De API-sleutel is onbekend of ingetrokken.');
    }
    expect(await waitCount()).toEqual(before);

    const { key: live } = await createKey(provider, 'Alleen wachttijden');
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: '/api/portal/services',
      headers: { authorization: `Bearer ${live}` },
    });
    expect(elsewhere.statusCode).toBe(401);
  });

  it('leaves keys to provider staff and the administrator', async () => {
    for (const account of ['huisarts', 'verwijsadviseur', 'financier'] as const) {
      const who = await signInAs(t.app, account);
      expect((await who.inject({ method: 'GET', url: '/api/portal/api-keys' })).statusCode, account).toBe(
        403,
      );
      expect(
        (await who.inject({ method: 'POST', url: '/api/portal/api-keys', payload: { name: 'x-y' } }))
          .statusCode,
      ).toBe(403);
    }
    const { apiKey } = await createKey(admin, 'Van een ander', `?organizationId=${otherOrganizationId}`);
    expect(
      (await provider.inject({ method: 'DELETE', url: `/api/portal/api-keys/${apiKey.id}` })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/api-keys' })).statusCode).toBe(401);
  });

  // Last in the file: it takes the demo provider account out of its organisation.
  it('stops a key when its creator no longer works for the organisation, and starts it again on return', async () => {
    const { key } = await createKey(provider, 'Planning');
    const payload = { waits: [wait(ownServiceId, { registrationWeeks: 3 })] };
    expect((await post(key, payload)).statusCode).toBe(200);
    const user = (await admin.inject({ method: 'GET', url: '/api/users?q=aanbieder@' })).json().items[0] as {
      id: string;
      memberships: { organizationId: string; role: string }[];
    };
    const own = user.memberships.map(({ organizationId, role }) => ({ organizationId, role }));
    const setMemberships = async (memberships: { organizationId: string; role: string }[]) => {
      const res = await admin.inject({
        method: 'PUT',
        url: `/api/users/${user.id}/memberships`,
        payload: { memberships },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    // Moved to another organisation: the key of the old one no longer works, and writes nothing.
    await setMemberships([{ organizationId: otherOrganizationId, role: 'aanbieder-medewerker' }]);
    const before = await waitCount();
    const refused = await post(key, payload);
    expect(refused.statusCode).toBe(401);
    expect(await waitCount()).toEqual(before);
    // Back in the organisation (as the administrator can do): the key works again.
    await setMemberships(own);
    expect((await post(key, payload)).statusCode).toBe(200);
  });
});
