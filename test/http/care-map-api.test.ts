/**
 * The care-map API end to end over the real app and a real database (PGlite, and PostgreSQL
 * when DATABASE_URL is set) with the demo regions loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';

describe.each(testDatabases())('care-map API on $name', ({ name }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(name);
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const match = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/match', payload: payload as object });

  it('reports health with the database kind and the number of services in memory', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: name, databaseReachable: true });
    expect(res.json().services).toBeGreaterThanOrEqual(200);
  });

  it('serves all 342 municipalities, the insurers and the diagnosis groups', async () => {
    expect((await get('/api/reference/municipalities')).json()).toHaveLength(342);
    const insurers = (await get('/api/reference/insurers')).json();
    expect(insurers.find((i: { label: string }) => i.label === 'Zilveren Kruis')).toMatchObject({ concern: 'Achmea' });
    const groups = (await get('/api/reference/diagnosis-groups')).json();
    expect(groups.map((g: { name: string }) => g.name)).toContain('Depressieve stemmingsstoornissen');
    expect((await get('/api/reference/treeknorm')).json()).toMatchObject({ registrationWeeks: 4, treatmentWeeks: 10, totalWeeks: 14 });
  });

  it('lists services per municipality and kind, and shows one with the history of its facts', async () => {
    const list = (await get('/api/services?municipality=GM0228&kind=bggz&limit=5')).json();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.length).toBeLessThanOrEqual(5);
    for (const s of list.items) expect(s.kind).toBe('bggz');
    const detail = await get(`/api/services/${list.items[0].id}`);
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.service.fictional).toBe(true);
    expect(body.history.waits.length).toBeGreaterThan(0);
    expect(body.history.waits[0]).toHaveProperty('source');
    expect(body.history.waits[0]).toHaveProperty('recordedAt');
  });

  it('answers an unknown service with 404 and a malformed id with 400 naming the field', async () => {
    const missing = await get('/api/services/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('niet-gevonden');
    const bad = await get('/api/services/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('id');
  });

  it('finds depression care for the misspelt "depresie" and debt help for "schuldhulp" and "schulden"', async () => {
    const depression = (await get('/api/search?q=depresie')).json();
    expect(depression.items.length).toBeGreaterThan(0);
    expect(depression.items.some((s: { description: string }) => /depressi/i.test(s.description))).toBe(true);
    for (const q of ['schuldhulp', 'schulden']) {
      const debt = (await get(`/api/search?q=${q}`)).json();
      expect(debt.items.some((s: { themes: string[]; description: string }) => s.themes.includes('schulden') || /schuld/i.test(s.description))).toBe(true);
    }
  });

  it('matches a need: ranked results with reasons, and a "waarom niet" list with reasons', async () => {
    const res = await match({ municipalityCode: 'GM0228', age: 35, insurerId: 'zilveren-kruis', diagnosisGroup: '04', careKinds: ['bggz', 'sggz'] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results[0].rank).toBe(1);
    expect(body.results[0].reasons.length).toBeGreaterThan(0);
    for (const r of body.results) expect(['bggz', 'sggz']).toContain(r.service.kind);
    expect(body.excluded.length).toBeGreaterThan(0);
    expect(body.excluded[0].reasons[0].text).toMatch(/\w/);
    expect(body.counts.matched).toBe(body.results.length < 50 ? body.results.length : body.counts.matched);
  });

  it('leaves out services whose exclusion criteria match the patient, saying which criterion', async () => {
    const body = (
      await match({ municipalityCode: 'GM0228', age: 35, careKinds: ['bggz', 'sggz'], characteristics: ['primaire-verslaving'] })
    ).json();
    const byCriterion = body.excluded.filter((e: { reasons: { code: string }[] }) => e.reasons.some((r) => r.code === 'exclusiecriterium'));
    expect(byCriterion.length).toBeGreaterThan(0);
    for (const r of body.results) expect(r.service.exclusions).not.toContain('primaire-verslaving');
  });

  it('rejects a bad need with 400 and names every wrong field in Dutch', async () => {
    const res = await match({ municipalityCode: 'Ede', age: -1, careKinds: ['tandarts'] });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['municipalityCode', 'age']));
    expect(res.json().error.message).toMatch(/De invoer is niet geldig/);
  });

  it('rejects an unknown municipality and insurer with 400', async () => {
    const res = await match({ municipalityCode: 'GM9999', age: 30 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('municipalityCode');
    const insurer = await match({ municipalityCode: 'GM0228', age: 30, insurerId: 'bestaat-niet' });
    expect(insurer.statusCode).toBe(400);
  });

  it('publishes an OpenAPI document with the match, search and reference routes', async () => {
    const doc = (await get('/docs/json')).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/match', '/api/search', '/api/services/{id}', '/api/reference/municipalities']));
  });
});
