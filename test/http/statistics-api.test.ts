/**
 * Treeknorm monitoring and the regional dashboard over the real app, on both databases, with the
 * demo care map (which has a year of monthly waiting-time history): who may see the figures, the
 * filters, the JSON shapes, and CSV files that Dutch Excel opens (BOM, semicolon, decimal comma,
 * header row, attachment with a Dutch file name). Clock: Monday 23 November 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

interface Summary {
  count: number;
  aboveNorm: number;
  shareAboveNorm: number | null;
  total: { median: number; p25: number; p75: number; min: number; max: number } | null;
}

describe.each(testDatabases())('statistics on $name', ({ name }) => {
  let t: TestApp;
  let financier: SignedIn;
  let coordinator: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(name);
    financier = await signInAs(t.app, 'financier');
    coordinator = await signInAs(t.app, 'verwijsadviseur');
  });
  afterAll(() => t.close());

  const get = async (who: SignedIn, url: string) => who.inject({ method: 'GET', url });

  it('shows figures to financier, verwijsadviseur and beheerder only; 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/statistics/treeknorm' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/statistics/treeknorm.csv' })).statusCode).toBe(401);
    for (const role of ['huisarts', 'aanbieder'] as const) {
      const refused = await get(await signInAs(t.app, role), '/api/statistics/supply?format=csv');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toMatch(/geen toegang/);
    }
    expect((await get(await signInAs(t.app, 'huisarts'), '/api/statistics/regions')).statusCode).toBe(403);
    const regions = (await get(financier, '/api/statistics/regions')).json().items;
    expect(regions.map((r: { id: string }) => r.id).sort()).toEqual(['ede-wageningen', 'noordwest-utrecht']);
    expect((await get(financier, '/api/statistics/treeknorm')).statusCode).toBe(200);
    expect((await get(coordinator, '/api/statistics/forecasts')).statusCode).toBe(200);
    expect((await get(await signInAs(t.app, 'beheerder'), '/api/statistics/freshness')).statusCode).toBe(200);
  });

  it('gives the Treeknorm now per diagnosis group, with median and spread of bggz and sggz waits', async () => {
    const res = await get(financier, '/api/statistics/treeknorm');
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const body = res.json() as { overall: Summary; rows: { key: string; label: string; figures: Summary }[]; per: string };
    expect(body.per).toBe('diagnosegroep');
    expect(body.overall.count).toBeGreaterThan(100);
    expect(body.overall.aboveNorm).toBeLessThan(body.overall.count);
    expect(body.overall.shareAboveNorm).toBeCloseTo(body.overall.aboveNorm / body.overall.count, 10);
    const t0 = body.overall.total!;
    expect(t0.min <= t0.p25 && t0.p25 <= t0.median && t0.median <= t0.p75 && t0.p75 <= t0.max).toBe(true);
    const depression = body.rows.find((r) => r.key === '04')!;
    expect(depression.label).toBe('Depressieve stemmingsstoornissen');
    expect(depression.figures.count).toBeGreaterThan(10);
    // Only financial-free, person-free figures: no service ids anywhere in this answer.
    expect(res.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('narrows by region, municipality and diagnosis group, and refuses unknown or mismatched filters', async () => {
    const all = (await get(financier, '/api/statistics/treeknorm?per=regio')).json();
    const regions = all.rows.map((r: { key: string }) => r.key).sort();
    expect(regions).toEqual(['ede-wageningen', 'noordwest-utrecht']);
    const ede = (await get(financier, '/api/statistics/treeknorm?region=ede-wageningen&per=gemeente')).json();
    expect(ede.filter.region).toEqual({ id: 'ede-wageningen', name: expect.stringContaining('Ede') });
    expect(ede.overall.count).toBe(all.rows.find((r: { key: string }) => r.key === 'ede-wageningen').figures.count);
    expect(ede.overall.count).toBeLessThan(all.overall.count);
    expect(ede.rows.map((r: { label: string }) => r.label)).toContain('Wageningen');
    expect(ede.rows.map((r: { label: string }) => r.label)).not.toContain('Utrecht');
    const wageningen = (await get(financier, '/api/statistics/treeknorm?region=ede-wageningen&municipality=GM0289')).json();
    expect(wageningen.overall.count).toBe(ede.rows.find((r: { key: string }) => r.key === 'GM0289').figures.count);
    const group = (await get(financier, '/api/statistics/treeknorm?diagnosisGroup=04')).json();
    expect(group.rows).toHaveLength(1);
    expect(group.overall.count).toBe(group.rows[0].figures.count);

    const unknownRegion = await get(financier, '/api/statistics/treeknorm?region=atlantis');
    expect(unknownRegion.statusCode).toBe(400);
    expect(unknownRegion.json().error.message).toBe('Deze regio kennen we niet.');
    const outside = await get(financier, '/api/statistics/supply?region=noordwest-utrecht&municipality=GM0289');
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toMatch(/hoort niet bij de regio/);
    expect((await get(financier, '/api/statistics/treeknorm?per=provincie')).statusCode).toBe(400);
    expect((await get(financier, '/api/statistics/treeknorm?municipality=Ede')).statusCode).toBe(400);
  });

  it('shows a trend of twelve calendar months, ending in November 2026, with waits rising', async () => {
    const body = (await get(coordinator, '/api/statistics/trend')).json() as { months: (Summary & { month: string })[] };
    expect(body.months.map((m) => m.month)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    for (const m of body.months) expect(m.count).toBeGreaterThan(100);
    expect(body.months[11]!.total!.median).toBeGreaterThan(body.months[0]!.total!.median);
    expect(body.months[11]!.shareAboveNorm!).toBeGreaterThan(body.months[0]!.shareAboveNorm!);
    expect((await get(coordinator, '/api/statistics/trend?months=3')).json().months).toHaveLength(3);
  });

  it('counts supply per diagnosis group and municipality, with pauses', async () => {
    const groups = (await get(financier, '/api/statistics/supply')).json();
    const none = groups.rows.find((r: { key: string }) => r.key === '');
    expect(none.label).toBe('Geen specifieke diagnosegroep');
    for (const r of groups.rows) expect(r.paused).toBeLessThanOrEqual(r.services);
    expect(groups.rows.reduce((n: number, r: { paused: number }) => n + r.paused, 0)).toBeGreaterThan(0);
    const places = (await get(financier, '/api/statistics/supply?per=gemeente&region=noordwest-utrecht')).json();
    expect(places.rows.map((r: { key: string }) => r.key).sort()).toEqual(['GM0335', 'GM0344', 'GM0589', 'GM0632', 'GM0736', 'GM1904']);
  });

  it('counts contracted services, reached ceilings and pauses per insurer this year', async () => {
    const body = (await get(financier, '/api/statistics/insurers')).json();
    expect(body.year).toBe(2026);
    expect(body.rows.length).toBeGreaterThan(5);
    for (const r of body.rows) expect(r.ceilingReached + r.ceilingAlmost).toBeLessThanOrEqual(r.contracted);
    expect(body.rows.some((r: { ceilingReached: number }) => r.ceilingReached > 0)).toBe(true);
    expect(body.rows.map((r: { label: string }) => r.label)).toContain('Zilveren Kruis');
  });

  it('counts current, stale and unknown facts', async () => {
    const body = (await get(financier, '/api/statistics/freshness')).json();
    expect(body.rows.map((r: { fact: string }) => r.fact)).toEqual(['wachttijd', 'aanmeldstop', 'contract']);
    const waits = body.rows[0];
    expect(waits.counts.actueel).toBeGreaterThan(0);
    expect(waits.counts.verouderd).toBeGreaterThan(0);
    expect(waits.counts.onbekend).toBeGreaterThan(0);
    expect(waits.total).toBe(waits.counts.actueel + waits.counts.verouderd + waits.counts.onbekend);
  });

  it('lists forecasts beside reported waits, strong disagreements first', async () => {
    const body = (await get(coordinator, '/api/statistics/forecasts')).json();
    expect(body.counts.disagreeing).toBeGreaterThan(0);
    expect(body.counts.withForecast).toBe(body.rows.length);
    expect(body.rows[0].disagrees).toBe(true);
    expect(body.rows.at(-1).disagrees).toBe(false);
    for (const r of body.rows) expect(r.forecastWeeks).toBeCloseTo((r.waitingCount / r.intakesPerMonth) * (52 / 12), 6);
    const only = (await get(coordinator, '/api/statistics/forecasts?onlyDisagreeing=true')).json();
    expect(only.rows).toHaveLength(body.counts.disagreeing);
  });

  it('shows the forecast beside the reported wait on the public service detail', async () => {
    const flagged = (await get(coordinator, '/api/statistics/forecasts?onlyDisagreeing=true')).json().rows[0];
    const detail = (await t.app.inject({ method: 'GET', url: `/api/services/${flagged.serviceId}` })).json();
    expect(detail.service.id).toBe(flagged.serviceId);
    expect(detail.history.waits.length).toBeGreaterThan(1);
    const forecast = detail.forecasts.find((f: { diagnosisGroup: string | null }) => f.diagnosisGroup === flagged.diagnosisGroup);
    expect(forecast).toMatchObject({ disagrees: true, reportedWeeks: flagged.reportedWeeks, waitingCount: flagged.waitingCount });
    expect(forecast.forecastWeeks).toBeCloseTo(flagged.forecastWeeks, 6);
    const welfare = (await t.app.inject({ method: 'GET', url: '/api/services?kind=wor&limit=1' })).json().items[0];
    const plain = (await t.app.inject({ method: 'GET', url: `/api/services/${welfare.id}` })).json();
    for (const f of plain.forecasts) expect(f).toMatchObject({ forecastWeeks: null, disagrees: false });
  });

  it('exports every figure as CSV for Dutch Excel, at ?format=csv and at the .csv address', async () => {
    for (const figure of ['treeknorm', 'trend', 'supply', 'insurers', 'freshness', 'forecasts']) {
      const viaFormat = await get(financier, `/api/statistics/${figure}?format=csv&region=ede-wageningen`);
      const viaName = await get(financier, `/api/statistics/${figure}.csv?region=ede-wageningen`);
      expect(viaFormat.statusCode).toBe(200);
      expect(viaFormat.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(viaFormat.headers['content-disposition']).toMatch(/^attachment; filename="wegwijzer-[a-z0-9-]+-ede-wageningen-[a-z0-9-]*2026-11-23\.csv"$/);
      expect(viaFormat.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(viaName.body).toBe(viaFormat.body);
      const lines = viaFormat.body.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines.at(-1)).toBe('');
      const width = lines[0]!.split(';').length;
      expect(width).toBeGreaterThan(2);
      for (const line of lines.slice(1, -1)) expect(line.split(';').length).toBe(width);
    }
    const treeknorm = (await get(financier, '/api/statistics/treeknorm.csv?per=gemeente')).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(treeknorm[0]).toBe(
      'Gemeente;Code;Aantal wachttijden;Boven de Treeknorm;Aandeel boven de Treeknorm (%);Mediaan totale wachttijd (weken);25e percentiel (weken);75e percentiel (weken);Kortste (weken);Langste (weken);Mediaan aanmeldwachttijd (weken);Mediaan behandelwachttijd (weken)',
    );
    const json = (await get(financier, '/api/statistics/treeknorm?per=gemeente')).json();
    const ede = json.rows.find((r: { key: string }) => r.key === 'GM0228');
    const edeLine = treeknorm.find((l) => l.startsWith('Ede;GM0228;'))!;
    const share = Math.round(ede.figures.shareAboveNorm * 1000) / 10;
    expect(edeLine.split(';')[4]).toBe(String(share).replace('.', ','));
    expect(treeknorm.at(-2)!.startsWith('Totaal;;')).toBe(true);
    expect(treeknorm.some((l) => /\d,\d/.test(l))).toBe(true);
  });
});
