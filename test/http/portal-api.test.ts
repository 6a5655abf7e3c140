/**
 * The provider portal over the real app on both databases: a provider's staff member edits a
 * service (a new version with its changed fields, in the history), enters a waiting time that a
 * GP's match shows at once, sets and lifts a registration pause, records a reached revenue ceiling,
 * and confirms every fact with "Niets gewijzigd"; bad input stores nothing; roles are limited.
 * API keys: test/http/provider-api.test.ts. Clock: Monday 23 November 2026.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client';
import { serviceWait } from '../../src/db/schema';
import { testDatabases } from '../support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

interface Wait {
  diagnosisGroup: string | null;
  registrationWeeks: number;
  treatmentWeeks: number;
  waitingCount: number | null;
  intakesPerMonth: number | null;
  startsPerMonth: number | null;
  measuredOn: string;
  source: string;
  confirmedAt: string;
  freshness: string;
}
interface PortalService {
  id: string;
  organizationId: string;
  name: string;
  kind: string;
  description: string;
  ageMin: number;
  ageMax: number | null;
  diagnosisGroups: string[];
  city: string | null;
  freshness: string;
  versionId: string | null;
  waits: Wait[];
  pause: { active: boolean; reason: string | null; expectedEnd: string | null; source: string } | null;
  contracts: { insurerId: string; year: number; ceiling: string; contracted: boolean; freshness: string }[];
}
interface HistoryEntry {
  kind: string;
  source: string;
  recordedByName: string | null;
  changes: { field: string; value: unknown }[] | null;
  wait: { registrationWeeks: number } | null;
}

const AT_ALL_GROUPS = null;

describe.each(testDatabases())('provider portal on $name', ({ name }) => {
  let t: TestApp;
  let provider: SignedIn;
  let coordinator: SignedIn;
  let gp: SignedIn;
  let own: { organization: { id: string; name: string }; services: PortalService[] };

  beforeAll(async () => {
    t = await startTestApp(name);
    provider = await signInAs(t.app, 'aanbieder');
    coordinator = await signInAs(t.app, 'verwijsadviseur');
    gp = await signInAs(t.app, 'huisarts');
    const res = await provider.inject({ method: 'GET', url: '/api/portal/services' });
    expect(res.statusCode, res.body).toBe(200);
    own = res.json();
  });
  afterAll(() => t.close());

  const db = () => t.started.services.database.db;
  const versionCounts = async () => {
    const [row] = await queryRows<{ waits: number; pauses: number; contracts: number; versions: number }>(
      db(),
      sql`select (select count(*)::int from service_wait) as waits, (select count(*)::int from service_pause) as pauses,
            (select count(*)::int from service_contract) as contracts, (select count(*)::int from service_version) as versions`,
    );
    if (!row) throw new Error('no counts');
    return row;
  };
  const get = async (who: SignedIn, id: string) => {
    const res = await who.inject({ method: 'GET', url: `/api/portal/services/${id}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as PortalService;
  };
  const history = async (id: string) => {
    const res = await provider.inject({ method: 'GET', url: `/api/portal/services/${id}/history` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as HistoryEntry[];
  };
  /** A GGZ service of the provider's own organisation at a location, open for registration. */
  const ggzService = (index = 0) => {
    const found = own.services.filter((s) => ['bggz', 'sggz'].includes(s.kind) && s.city && !s.pause?.active)[
      index
    ];
    if (!found) throw new Error('the demo provider has no open GGZ service');
    return found;
  };
  const matchFor = async (service: PortalService, need: Record<string, unknown> = {}) => {
    const detail = (await t.app.inject({ method: 'GET', url: `/api/services/${service.id}` })).json();
    const res = await gp.inject({
      method: 'POST',
      url: '/api/match',
      payload: {
        municipalityCode: detail.service.location.municipalityCode,
        age: 35,
        careKinds: [service.kind],
        limit: 200,
        ...need,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      results: { service: { id: string }; waitWeeks: { registration: number; treatment: number } | null }[];
      excluded: { service: { id: string }; reasons: { code: string }[] }[];
    };
  };

  it('lists the own organisation’s services, each fact with its freshness', () => {
    expect(own.organization.name).toBeTruthy();
    expect(own.services.length).toBeGreaterThan(0);
    for (const service of own.services) {
      expect(service.organizationId).toBe(own.organization.id);
      expect(['actueel', 'verouderd', 'onbekend']).toContain(service.freshness);
      for (const wait of service.waits)
        expect(['actueel', 'verouderd', 'onbekend']).toContain(wait.freshness);
    }
  });

  it('keeps an edit as a new version with the fields it changed, visible in the history and the care map', async () => {
    const service = ggzService();
    const before = await versionCounts();
    const res = await provider.inject({
      method: 'PATCH',
      url: `/api/portal/services/${service.id}`,
      payload: {
        description: 'Kortdurende cognitieve gedragstherapie, ook online.',
        ageMax: 70,
        name: service.name,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      description: 'Kortdurende cognitieve gedragstherapie, ook online.',
      ageMax: 70,
    });
    expect(await versionCounts()).toEqual({ ...before, versions: before.versions + 1 });

    const [latest] = await history(service.id);
    expect(latest).toMatchObject({
      kind: 'gegevens',
      source: 'portaal',
      recordedByName: 'F. Smit (ggz-aanbieder)',
      changes: [
        { field: 'description', value: 'Kortdurende cognitieve gedragstherapie, ook online.' },
        { field: 'ageMax', value: 70 },
      ],
    });
    const publicView = (await t.app.inject({ method: 'GET', url: `/api/services/${service.id}` })).json();
    expect(publicView.service.description).toBe('Kortdurende cognitieve gedragstherapie, ook online.');

    const audit = await coordinator.inject({
      method: 'GET',
      url: `/api/audit?objectType=service&objectId=${service.id}`,
    });
    expect(audit.json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ event: 'update', objectId: service.id })]),
    );
  });

  it('refuses an edit of a field a colleague changed in between (409), and merges edits of other fields', async () => {
    const service = ggzService();
    const patch = (payload: Record<string, unknown>) =>
      provider.inject({ method: 'PATCH', url: `/api/portal/services/${service.id}`, payload });
    const loaded = (await get(provider, service.id)).versionId;
    const first = await patch({ description: 'Versie van collega A.', basedOnVersionId: loaded });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().versionId).not.toBe(loaded);

    const before = await versionCounts();
    const clash = await patch({ description: 'Versie van collega B.', basedOnVersionId: loaded });
    expect(clash.statusCode, clash.body).toBe(409);
    expect(clash.json().error.message).toMatch(
      /F\. Smit \(ggz-aanbieder\) heeft op .* om \d\d:\d\d ook omschrijving gewijzigd\. Er is niets opgeslagen/,
    );
    expect(await versionCounts()).toEqual(before);
    expect((await get(provider, service.id)).description).toBe('Versie van collega A.');

    // Another field, from the same stale version: merged, A's description stays.
    const merged = await patch({ ageMin: 21, basedOnVersionId: loaded });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ ageMin: 21, description: 'Versie van collega A.' });

    const unknown = await patch({ ageMin: 22, basedOnVersionId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'basedOnVersionId' }),
    );
    // Without a version (an older client) the last save wins, as before.
    expect((await patch({ description: 'Versie van collega B.' })).statusCode).toBe(200);
  });

  it('shows a new waiting time in a GP’s match result at once', async () => {
    const service = ggzService();
    const res = await provider.inject({
      method: 'POST',
      url: `/api/portal/services/${service.id}/waits`,
      payload: {
        diagnosisGroup: AT_ALL_GROUPS,
        registrationWeeks: 1.5,
        treatmentWeeks: 3,
        basis: 'actueel',
        waitingCount: 12,
        intakesPerMonth: 8,
        startsPerMonth: 7,
        measuredOn: '2026-11-20',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const wait = (res.json() as PortalService).waits.find((w) => w.diagnosisGroup === null);
    expect(wait).toMatchObject({
      registrationWeeks: 1.5,
      treatmentWeeks: 3,
      intakesPerMonth: 8,
      startsPerMonth: 7,
      source: 'portaal',
      freshness: 'actueel',
    });

    const result = (await matchFor(service)).results.find((r) => r.service.id === service.id);
    expect(result?.waitWeeks).toMatchObject({ registration: 1.5, treatment: 3 });
    expect((await history(service.id))[0]).toMatchObject({
      kind: 'wachttijd',
      wait: { registrationWeeks: 1.5 },
    });
  });

  it('sets a registration pause that takes the service out of matching, and lifts it again', async () => {
    const service = ggzService();
    const set = await provider.inject({
      method: 'POST',
      url: `/api/portal/services/${service.id}/pause`,
      payload: { active: true, reason: 'Wachtlijst vol tot het voorjaar', expectedEnd: '2027-03-01' },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().pause).toMatchObject({ active: true, expectedEnd: '2027-03-01', source: 'portaal' });
    const paused = await matchFor(service);
    expect(paused.excluded.find((e) => e.service.id === service.id)?.reasons.map((r) => r.code)).toContain(
      'aanmeldstop',
    );

    const lift = await provider.inject({
      method: 'POST',
      url: `/api/portal/services/${service.id}/pause`,
      payload: { active: false },
    });
    expect(lift.statusCode, lift.body).toBe(200);
    expect(lift.json().pause).toMatchObject({ active: false, reason: null, expectedEnd: null });
    const again = await provider.inject({
      method: 'POST',
      url: `/api/portal/services/${service.id}/pause`,
      payload: { active: false },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.message).toBe('De aanmeldstop is niet opgeheven.');
  });

  it('records a reached revenue ceiling that leaves the service out for that insurer’s patients', async () => {
    const service = ggzService();
    const res = await provider.inject({
      method: 'POST',
      url: `/api/portal/services/${service.id}/contracts`,
      payload: { insurerId: 'zilveren-kruis', year: 2026, contracted: true, ceiling: 'bereikt' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as PortalService).contracts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          insurerId: 'zilveren-kruis',
          year: 2026,
          ceiling: 'bereikt',
          freshness: 'actueel',
        }),
      ]),
    );
    const outcome = await matchFor(service, { insurerId: 'zilveren-kruis' });
    expect(outcome.excluded.find((e) => e.service.id === service.id)?.reasons.map((r) => r.code)).toContain(
      'plafond-bereikt',
    );
  });

  it('confirms every current fact with “Niets gewijzigd”, which makes a stale fact current again', async () => {
    const service = ggzService();
    const group = service.diagnosisGroups[0] ?? null;
    const sixtyDaysAgo = new Date(TEST_NOW.getTime() - 60 * 86_400_000);
    await db()
      .insert(serviceWait)
      .values({
        serviceId: service.id,
        diagnosisGroup: group,
        registrationWeeks: 6,
        treatmentWeeks: 9,
        basis: 'retrospectief',
        measuredOn: sixtyDaysAgo.toISOString().slice(0, 10),
        confirmedAt: sixtyDaysAgo,
        source: 'demo-generator',
      });
    await t.started.services.catalog.refreshNow();
    const stale = (await get(provider, service.id)).waits.find((w) => w.diagnosisGroup === group);
    expect(stale?.freshness).toBe('verouderd');

    const before = await versionCounts();
    const current = (await provider.inject({ method: 'GET', url: '/api/portal/services' })).json()
      .services as PortalService[];
    const res = await provider.inject({ method: 'POST', url: '/api/portal/confirm', payload: {} });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result.waits).toBe(current.reduce((n, s) => n + s.waits.length, 0));
    expect(result.pauses).toBe(current.filter((s) => s.pause).length);
    expect(result.message).toMatch(/bevestigd als actueel/);
    const after = await versionCounts();
    expect(after).toEqual({
      ...before,
      waits: before.waits + result.waits,
      pauses: before.pauses + result.pauses,
      contracts: before.contracts + result.contracts,
    });

    const fresh = (await get(provider, service.id)).waits.find((w) => w.diagnosisGroup === group);
    expect(fresh).toMatchObject({
      registrationWeeks: 6,
      treatmentWeeks: 9,
      measuredOn: stale!.measuredOn,
      source: 'portaal:bevestigd',
      freshness: 'actueel',
    });
  });

  it('confirms one service only when asked', async () => {
    const service = ggzService();
    const view = await get(provider, service.id);
    const res = await provider.inject({
      method: 'POST',
      url: '/api/portal/confirm',
      payload: { serviceId: service.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ services: 1, waits: view.waits.length });
  });

  it('stores nothing for bad input and says why in Dutch', async () => {
    const service = ggzService();
    const before = await versionCounts();
    const wait = {
      diagnosisGroup: null,
      registrationWeeks: 2,
      treatmentWeeks: 2,
      basis: 'actueel',
      measuredOn: '2026-11-20',
    };
    const attempts = [
      { url: 'waits', payload: { ...wait, measuredOn: '2026-12-01' }, message: /toekomst/ },
      {
        url: 'waits',
        payload: { ...wait, registrationWeeks: -1 },
        message: /registrationWeeks moet minimaal 0 zijn/,
      },
      { url: 'waits', payload: { ...wait, diagnosisGroup: 'XX' }, message: /onbekende diagnosegroep/ },
      { url: 'waits', payload: { ...wait, basis: 'geschat' }, message: /basis/ },
      { url: 'pause', payload: { active: true, reason: '' }, message: /reden/ },
      {
        url: 'contracts',
        payload: { insurerId: 'onbekend', year: 2026, contracted: true, ceiling: 'open' },
        message: /onbekende zorgverzekeraar/,
      },
      {
        url: 'contracts',
        payload: { insurerId: 'zilveren-kruis', year: 2030, contracted: true, ceiling: 'open' },
        message: /kies 2025/,
      },
    ];
    for (const attempt of attempts) {
      const res = await provider.inject({
        method: 'POST',
        url: `/api/portal/services/${service.id}/${attempt.url}`,
        payload: attempt.payload,
      });
      expect(res.statusCode, `${attempt.url} ${JSON.stringify(attempt.payload)}`).toBe(400);
      const body = res.json().error;
      expect(`${body.message} ${body.details.map((d: { message: string }) => d.message).join(' ')}`).toMatch(
        attempt.message,
      );
    }
    for (const payload of [
      { ageMin: 50, ageMax: 30 },
      { kind: 'crisis' },
      {},
      { name: service.name },
      { diagnosisGroups: ['ZZ'] },
    ]) {
      const res = await provider.inject({
        method: 'PATCH',
        url: `/api/portal/services/${service.id}`,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('ongeldige-invoer');
    }
    expect(await versionCounts()).toEqual(before);
  });

  it('answers “not found” for another organisation’s service, so a provider cannot tell it exists', async () => {
    const others = await coordinator.inject({ method: 'GET', url: '/api/portal/organizations?q=GGZ' });
    expect(others.statusCode, others.body).toBe(200);
    const other = (others.json() as { id: string }[]).find((o) => o.id !== own.organization.id)!;
    const theirsRes = await coordinator.inject({
      method: 'GET',
      url: `/api/portal/services?organizationId=${other.id}`,
    });
    expect(theirsRes.statusCode, theirsRes.body).toBe(200);
    const theirs = theirsRes.json();
    const foreign = theirs.services[0] as PortalService;
    const before = await versionCounts();
    const calls = [
      { method: 'GET', url: `/api/portal/services/${foreign.id}` },
      { method: 'GET', url: `/api/portal/services/${foreign.id}/history` },
      { method: 'PATCH', url: `/api/portal/services/${foreign.id}`, payload: { description: 'overgenomen' } },
      {
        method: 'POST',
        url: `/api/portal/services/${foreign.id}/pause`,
        payload: { active: true, reason: 'Vol zit' },
      },
      { method: 'POST', url: '/api/portal/confirm', payload: { serviceId: foreign.id } },
      { method: 'GET', url: `/api/portal/services?organizationId=${other.id}` },
    ] as const;
    for (const call of calls) {
      const res = await provider.inject(call);
      expect(res.statusCode, `${call.method} ${call.url}`).toBe(404);
    }
    const unknown = await provider.inject({
      method: 'GET',
      url: '/api/portal/services/00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.json()).toEqual((await provider.inject(calls[0])).json());
    expect(await versionCounts()).toEqual(before);
    expect((await provider.inject({ method: 'GET', url: '/api/portal/organizations' })).json()).toEqual([
      expect.objectContaining({ id: own.organization.id }),
    ]);

    // The regional coordinator works for any organisation, chosen by its id.
    const edited = await coordinator.inject({
      method: 'POST',
      url: `/api/portal/services/${foreign.id}/pause`,
      payload: { active: true, reason: 'Tijdelijk geen capaciteit' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const noChoice = await coordinator.inject({ method: 'GET', url: '/api/portal/services' });
    expect(noChoice.statusCode).toBe(400);
    expect(noChoice.json().error.message).toBe('Kies eerst een organisatie.');
  });

  it('refuses GPs and insurers (403) and anonymous callers (401)', async () => {
    const service = ggzService();
    const financier = await signInAs(t.app, 'financier');
    for (const who of [gp, financier]) {
      expect((await who.inject({ method: 'GET', url: '/api/portal/services' })).statusCode).toBe(403);
      const res = await who.inject({
        method: 'PATCH',
        url: `/api/portal/services/${service.id}`,
        payload: { description: 'x' },
      });
      expect(res.statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/portal/services' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.message).toBe('Meld u aan om verder te gaan.');
  });
});
