/**
 * The route-advice API end to end over the real app and a real database (PGlite, and PostgreSQL
 * when DATABASE_URL is set) with the seeded regional rules: advice for vignettes, validation, the
 * OpenAPI document, and a coordinator changing a rule with its history and a stale-edit conflict.
 * The clock is fixed at Monday 23 November 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';
import { helpQuestion, GM, type HelpQuestionOverrides } from '../support/help-questions';

/** The signed-in coordinator's name, which the server records as the author of every change. */
const COORDINATOR = 'E. Visser (verwijsadviseur)';

/** A lonely patient with debts and stacked problems who will not take the step alone. */
const WOR_PLUS_FIT: HelpQuestionOverrides = { severity: 'matig', complexity: 'meervoudig', socialProblems: ['schulden', 'eenzaamheid'] };

interface RouteAdviceJson {
  route: string;
  reasons: string[];
  next: string[];
  registration?: { code: string };
  replaces?: string;
  careKinds: string[];
}
interface VersionJson {
  versionId: string;
  ruleId: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  changedBy: string;
  changeReason: string | null;
  retired: boolean;
}

describe.each(testDatabases())('route-advice API on $name', ({ name }) => {
  let t: TestApp;
  // Changing regional rules needs a signed-in coordinator (verwijsadviseur); advice is public.
  let coordinator: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(name);
    coordinator = await signInAs(t.app, 'verwijsadviseur');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    coordinator.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
  const advise = async (overrides: HelpQuestionOverrides) => {
    const res = await send('POST', '/api/advice', helpQuestion(overrides));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { advised: RouteAdviceJson; alternatives: RouteAdviceJson[]; unavailable: { route: string; why: string; replacement: string | null }[]; crisis: boolean; themes: string[]; date: string };
  };

  it('advises WoR+ in Ede for stacked problems when the patient will not take the step alone, with A69.02', async () => {
    const advice = await advise(WOR_PLUS_FIT);
    expect(advice.advised.route).toBe('wor-plus');
    expect(advice.advised.registration?.code).toBe('A69.02');
    expect(advice.advised.careKinds).toEqual(['wor-plus']);
    expect(advice.advised.next.join(' ')).toMatch(/VIPLive WoR\+/);
    expect(advice.themes).toEqual(['schulden', 'eenzaamheid']);
  });

  it('lists WoR+ as unavailable in Heelsum and replaces it by WoR with Z68', async () => {
    const advice = await advise({ ...WOR_PLUS_FIT, municipalityCode: GM.renkum, place: 'Heelsum' });
    expect(advice.advised).toMatchObject({ route: 'wor', replaces: 'wor-plus', registration: { code: 'Z68' } });
    expect(advice.unavailable).toEqual([expect.objectContaining({ route: 'wor-plus', replacement: 'wor', why: expect.stringMatching(/Heelsum/) })]);
  });

  it('puts crisis first with no alternatives when there is acute danger, whatever else applies', async () => {
    const advice = await advise({ ...WOR_PLUS_FIT, gpLooksFor: 'casusoverleg', risk: { level: 'hoog', kinds: ['suicide'], acute: true } });
    expect(advice.crisis).toBe(true);
    expect(advice.advised.route).toBe('crisis');
    expect(advice.alternatives).toEqual([]);
    expect(advice.advised.next.join(' ')).toMatch(/24 uur/);
  });

  it('uses today (the app clock) when the question has no date', async () => {
    const question = helpQuestion({ gpLooksFor: 'casusoverleg' });
    delete question.date;
    const res = await send('POST', '/api/advice', question);
    expect(res.json()).toMatchObject({ date: '2026-11-23', advised: { route: 'ggz-overlegtafel' } });
    expect(res.json().advised.next[0]).toMatch(/^Volgende overlegtafel: donderdag/);
  });

  it('rejects a bad question with 400 naming every wrong field, in Dutch', async () => {
    const res = await send('POST', '/api/advice', { ...helpQuestion(), age: -3, severity: 'heel erg', municipalityCode: 'Ede', extra: 1 });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['age', 'severity', 'municipalityCode', 'extra']));
    expect(res.json().error.code).toBe('ongeldige-invoer');

    const missing = await send('POST', '/api/advice', { age: 40 });
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['municipalityCode', 'severity', 'course', 'risk']),
    );
  });

  it('rejects what the schema cannot see, and an unknown municipality, with 400 and the field', async () => {
    const months = await send('POST', '/api/advice', helpQuestion({ course: { earlierCare: 'geen', earlierCareMonths: 4 } }));
    expect(months.statusCode).toBe(400);
    expect(months.json().error.details).toEqual([{ field: 'course.earlierCareMonths', message: expect.stringMatching(/0/) }]);
    const date = await send('POST', '/api/advice', helpQuestion({ date: '2026-02-30' }));
    expect(date.statusCode).toBe(400);
    expect(date.json().error.details[0].field).toBe('date');
    const unknown = await send('POST', '/api/advice', helpQuestion({ municipalityCode: 'GM9999' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'municipalityCode' });
  });

  it('serves the route catalog with the four comparison rows of the chart', async () => {
    const body = (await get('/api/routes')).json();
    expect(body.rows.map((r: { label: string }) => r.label)).toEqual(['Wanneer?', 'In het kort', 'Past bij', 'Belangrijk verschil']);
    const worPlus = body.routes.find((r: { id: string }) => r.id === 'wor-plus');
    expect(worPlus.comparison.fitsWith).toContain('Stapeling van problemen');
    expect(worPlus.registration.code).toBe('A69.02');
  });

  it('lists the regions with their municipalities and the villages with rules of their own', async () => {
    const regions = (await get('/api/regions')).json();
    expect(regions.map((r: { id: string }) => r.id)).toEqual(['ede-wageningen', 'noordwest-utrecht']);
    const renkum = regions[0].municipalities.find((m: { code: string }) => m.code === GM.renkum);
    expect(renkum).toEqual({ code: GM.renkum, name: 'Renkum', places: ['Heelsum', 'Renkum'] });
  });

  it('shows a region’s current rules, and 404 for an unknown region', async () => {
    const rules: VersionJson[] = (await get('/api/regions/ede-wageningen/rules')).json();
    expect(rules.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['ew-wor', 'ew-wor-plus-heelsum', 'ew-ggz-overlegtafel']));
    expect(rules.every((r) => r.changedBy === 'seed' && !r.retired)).toBe(true);
    expect((await get('/api/regions/nergens/rules')).statusCode).toBe(404);
    expect((await get('/api/regions/Niet%20Geldig/rules')).statusCode).toBe(400);
  });

  it('publishes the advice and rule routes in the OpenAPI document under the routeadvies tag', async () => {
    const doc = (await get('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/advice', '/api/routes', '/api/regions', '/api/regions/{id}/rules', '/api/rules/{ruleId}']),
    );
    expect(doc.paths['/api/advice'].post.tags).toEqual(['routeadvies']);
    expect(doc.paths['/api/rules/{ruleId}'].put.summary).toMatch(/\(verwijsadviseur\)/);
    expect(doc.tags.map((tag: { name: string }) => tag.name)).toContain('routeadvies');
  });

  it('moves the WoR+ start in Wageningen through PUT: the advice follows and the history shows who and why', async () => {
    const wageningenInMay = { ...WOR_PLUS_FIT, municipalityCode: GM.wageningen, date: '2026-05-15' };
    expect((await advise(wageningenInMay)).advised.route).toBe('wor-plus');

    const [waiting] = (await get('/api/rules/ew-wor-plus-wageningen-voor-start/history')).json() as VersionJson[];
    const [started] = (await get('/api/rules/ew-wor-plus-wageningen/history')).json() as VersionJson[];
    const note = 'WoR+ is in Wageningen nog niet beschikbaar; de start is verschoven naar juni 2026.';
    const first = await send('PUT', '/api/rules/ew-wor-plus-wageningen-voor-start', {
      validTo: '2026-05-31',
      note,
      reason: 'Start WoR+ Wageningen uitgesteld',
      basedOnVersionId: waiting!.versionId,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ validTo: '2026-05-31', note, changedBy: COORDINATOR });
    const second = await send('PUT', '/api/rules/ew-wor-plus-wageningen', {
      validFrom: '2026-06-01',
      reason: 'Start WoR+ Wageningen uitgesteld',
      basedOnVersionId: started!.versionId,
    });
    expect(second.statusCode, second.body).toBe(200);

    const after = await advise(wageningenInMay);
    expect(after.advised.route).toBe('wor');
    expect(after.unavailable[0]).toMatchObject({ route: 'wor-plus', why: note });
    expect((await advise({ ...wageningenInMay, date: '2026-06-01' })).advised.route).toBe('wor-plus');

    const history: VersionJson[] = (await get('/api/rules/ew-wor-plus-wageningen/history')).json();
    expect(history.map((v) => v.validFrom)).toEqual(['2026-05-01', '2026-06-01']);
    expect(history[1]).toMatchObject({ changedBy: COORDINATOR, changeReason: 'Start WoR+ Wageningen uitgesteld' });
    const log: VersionJson[] = (await get('/api/regions/ede-wageningen/rules/history')).json();
    expect(log.slice(0, 2).map((v) => v.ruleId).sort()).toEqual(['ew-wor-plus-wageningen', 'ew-wor-plus-wageningen-voor-start']);
  });

  it('refuses a stale edit with 409 and leaves the rule as the other coordinator made it', async () => {
    const [seeded] = (await get('/api/rules/ew-consultatie-ggz/history')).json() as VersionJson[];
    const change = (answerWorkingDays: number) =>
      send('PUT', '/api/rules/ew-consultatie-ggz', {
        details: { answerWorkingDays, channel: 'VIPLive' },
        reason: 'Nieuwe afspraak over de antwoordtermijn',
        basedOnVersionId: seeded!.versionId,
      });
    expect((await change(2)).statusCode).toBe(200);
    const stale = await change(5);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/intussen/) });
    const consult = await advise({ gpLooksFor: 'kort-advies' });
    expect(consult.advised.next[0]).toMatch(/^Antwoord binnen 2 werkdagen/);
  });

  it('keeps null as null in a change: a cleared note and "no time limit" are not turned into "" or 0', async () => {
    const [rule] = (await get('/api/rules/ew-wor/history')).json() as VersionJson[];
    const res = await send('PUT', '/api/rules/ew-wor', {
      details: { maxContacts: 10, maxMonths: null, channel: 'VIPLive WoR' },
      note: null,
      validTo: null,
      reason: 'Geen tijdslimiet meer',
      basedOnVersionId: rule!.versionId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ note: null, validTo: null, details: { maxContacts: 10, maxMonths: null } });
    const worAdvice = await advise({ severity: 'matig', socialProblems: ['eenzaamheid'], municipalityCode: GM.wageningen });
    const wor = [worAdvice.advised, ...worAdvice.alternatives].find((r) => r.route === 'wor');
    expect(wor?.next.join(' ')).toMatch(/Enkele tot maximaal 10 contacten, zonder tijdslimiet/);
  });

  it('checks a changed rule: details that do not fit the route, and an unknown rule', async () => {
    const [rule] = (await get('/api/rules/ew-wor/history')).json() as VersionJson[];
    const res = await send('PUT', '/api/rules/ew-wor', {
      details: { answerWorkingDays: 3 },
      reason: 'Proef',
      basedOnVersionId: rule!.versionId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'details.answerWorkingDays' })]);
    const missing = await send('PUT', '/api/rules/bestaat-niet', {
      reason: 'Proef',
      basedOnVersionId: rule!.versionId,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('adds a rule to a region (409 for a used id, 400 outside the region) and retires it with a reason', async () => {
    const rule = {
      ruleId: 'ew-wor-plus-oosterbeek',
      scopeKind: 'woonplaats',
      scopeCode: `${GM.renkum}:Oosterbeek`,
      route: 'wor-plus',
      available: true,
      validFrom: '2027-01-01',
      validTo: null,
      details: { channel: 'VIPLive WoR+' },
      note: null,
      source: 'Regio-overleg 20 november 2026',
      reason: 'WoR+ start in Oosterbeek',
    };
    const created = await send('POST', '/api/regions/ede-wageningen/rules', rule);
    expect(created.statusCode, created.body).toBe(201);
    expect((await send('POST', '/api/regions/ede-wageningen/rules', rule)).statusCode).toBe(409);
    const outside = await send('POST', '/api/regions/noordwest-utrecht/rules', { ...rule, ruleId: 'nwu-proef' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].field).toBe('scopeCode');

    const oosterbeek = { ...WOR_PLUS_FIT, municipalityCode: GM.renkum, place: 'Oosterbeek', date: '2027-01-04' };
    expect((await advise(oosterbeek)).advised.route).toBe('wor-plus');

    const noReason = await send('DELETE', '/api/rules/ew-wor-plus-oosterbeek');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details.map((d: { field: string }) => d.field)).toEqual(['reason']);
    const retired = await send('DELETE', '/api/rules/ew-wor-plus-oosterbeek?reason=Start%20gaat%20niet%20door');
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ retired: true, changeReason: 'Start gaat niet door', changedBy: COORDINATOR });
    expect((await advise(oosterbeek)).advised.route).toBe('wor');
    const again = await send('DELETE', '/api/rules/ew-wor-plus-oosterbeek', { reason: 'Nogmaals' });
    expect(again.statusCode).toBe(404);
    const history: VersionJson[] = (await get('/api/rules/ew-wor-plus-oosterbeek/history')).json();
    expect(history.map((v) => v.retired)).toEqual([false, true]);
  });
});
