/**
 * The Treeknorm and dashboard figures on a small care map whose answers are known by hand, on
 * both databases: four services in Ede, Wageningen and Renkum, with waits inside and above the
 * norm, one wait older than 90 days, an expired werkgebied, a pause and a reached ceiling. Shows
 * the municipality attribution (werkgebied valid today, else the location), the diagnosis-group
 * rule (a wait for all groups counts for each group its service treats) and the trend per month.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client';
import { emptyCatalog, type GeneratedCatalog } from '../src/domain/catalog/generator';
import type { Location, ServiceDescription } from '../src/domain/catalog/types';
import type { CareKind } from '../src/domain/catalog/vocabulary';
import { insertCatalog } from '../src/db/catalog-import';
import { listReferenceLists } from '../src/db/reference-repository';
import { seedRegionalRulesIfEmpty } from '../src/db/route-rules-repository';
import type { Principal } from '../src/domain/access/permissions';
import type { Role } from '../src/domain/access/roles';
import { CatalogStore } from '../src/services/catalog-store';
import { loadReferenceDataFromRepo } from '../src/services/catalog-seed';
import type { AppServices } from '../src/services/app-services';
import type { UseCaseContext } from '../src/services/audited';
import { dataFreshness, forecasts, insurerFigures, serviceForecasts, supply, treeknormNow, treeknormTrend } from '../src/services/statistics';
import { testDatabases } from './support/databases';

const NOW = new Date('2026-11-23T10:00:00Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ORG = id(1);

function location(n: number, municipalityCode: string, city: string): Location {
  return { id: id(100 + n), organizationId: ORG, name: `Locatie ${city}`, street: null, postcode: null, city, municipalityCode, point: { lat: 52, lon: 5.7 } };
}

function service(n: number, kind: CareKind, diagnosisGroups: string[], locationId: string): ServiceDescription {
  return {
    id: id(200 + n), organizationId: ORG, locationId, name: `Dienst ${n}`, description: '', kind, diagnosisGroups, themes: [], ageMin: 18, ageMax: null,
    exclusions: [], exclusionNote: null, modalities: ['op-locatie'], languages: ['nl'], referralChannel: 'zorgdomein', gpReferralRequired: kind !== 'wor', fictional: true,
  };
}

let waitNumber = 0;
function wait(serviceN: number, diagnosisGroup: string | null, registrationWeeks: number, treatmentWeeks: number, measuredOn: string, queue: [number, number] | null = null) {
  const at = `${measuredOn}T09:00:00.000Z`;
  return {
    id: id(400 + ++waitNumber), serviceId: id(200 + serviceN), diagnosisGroup, registrationWeeks, treatmentWeeks, basis: 'actueel' as const,
    waitingCount: queue?.[0] ?? null, intakesPerMonth: queue?.[1] ?? null, startsPerMonth: queue?.[1] ?? null,
    measuredOn, confirmedAt: at, source: 'test', recordedAt: at,
  };
}

function knownCatalog(): GeneratedCatalog {
  const c = emptyCatalog();
  c.organizations.push({ id: ORG, name: 'Praktijk Test', kind: 'ggz-praktijk', kvk: null, agb: null, ura: null, website: null, phone: null, fictional: true });
  c.locations.push(location(1, 'GM0228', 'Ede'), location(2, 'GM0289', 'Wageningen'), location(3, 'GM0274', 'Renkum'));
  c.services.push(
    service(1, 'bggz', ['04', '05'], id(101)),
    service(2, 'sggz', ['04'], id(101)),
    service(3, 'sggz', ['07'], id(102)),
    service(4, 'wor', [], id(103)),
  );
  c.coverage.push(
    { id: id(301), serviceId: id(201), municipalityCode: 'GM0228', validFrom: '2026-01-01', validTo: null },
    { id: id(302), serviceId: id(201), municipalityCode: 'GM0289', validFrom: '2026-01-01', validTo: null },
    { id: id(303), serviceId: id(203), municipalityCode: 'GM0289', validFrom: '2024-01-01', validTo: '2025-12-31' },
  );
  c.waits.push(
    wait(1, null, 2, 6, '2026-11-10', [40, 10]),
    wait(2, '04', 3, 8, '2026-10-01'),
    wait(2, '04', 6, 12, '2026-11-01', [20, 20]),
    wait(3, '07', 10, 20, '2026-06-01'),
  );
  const at = '2026-11-02T09:00:00.000Z';
  c.pauses.push({ id: id(501), serviceId: id(202), active: true, reason: 'Wachtlijst te lang', expectedEnd: null, confirmedAt: at, source: 'test', recordedAt: at });
  const contract = (n: number, serviceN: number, ceiling: 'open' | 'bereikt') => ({
    id: id(600 + n), serviceId: id(200 + serviceN), insurerId: 'zilveren-kruis', year: 2026, contracted: true, ceiling, confirmedAt: at, source: 'test', recordedAt: at,
  });
  c.contracts.push(contract(1, 1, 'bereikt'), contract(2, 2, 'open'));
  return c;
}

describe.each(testDatabases())('figures on a known care map on $name', ({ open }) => {
  let database: Database;
  let services: AppServices;
  const as = (role: Role): UseCaseContext => {
    const principal: Principal = { userId: id(9), displayName: 'Test', role, organizationId: id(8), stage: 'full' };
    return { services, principal };
  };
  beforeAll(async () => {
    database = await open();
    await loadReferenceDataFromRepo(database);
    await seedRegionalRulesIfEmpty(database.db);
    await insertCatalog(database.db, knownCatalog());
    const catalog = await CatalogStore.load(database.db, await listReferenceLists(database.db), 0);
    services = { database, catalog, now: () => NOW } as unknown as AppServices;
  });
  afterAll(() => database.close());

  const financier = () => as('financier');

  it('counts only bggz and sggz waits in force now, leaving out one older than 90 days', async () => {
    const result = await treeknormNow(financier(), {}, 'diagnosegroep');
    expect(result.overall).toMatchObject({ count: 2, aboveNorm: 1, shareAboveNorm: 0.5 });
    expect(result.overall.total).toEqual({ median: 13, p25: 10.5, p75: 15.5, min: 8, max: 18 });
    expect(result.rows.map((r) => [r.key, r.figures.count, r.figures.aboveNorm])).toEqual([
      ['04', 2, 1],
      ['05', 1, 0],
    ]);
  });

  it('attributes services to the municipalities of their werkgebied valid today, else to their location', async () => {
    const perMunicipality = await treeknormNow(financier(), {}, 'gemeente');
    expect(perMunicipality.rows.map((r) => [r.label, r.figures.count])).toEqual([
      ['Ede', 2],
      ['Wageningen', 1],
    ]);
    const wageningen = await treeknormNow(financier(), { municipality: 'GM0289' }, 'diagnosegroep');
    expect(wageningen.overall.count).toBe(1);
    const perRegion = await treeknormNow(financier(), {}, 'regio');
    expect(perRegion.rows.map((r) => [r.key, r.figures.count])).toEqual([['ede-wageningen', 2]]);
    expect((await treeknormNow(financier(), { region: 'noordwest-utrecht' }, 'gemeente')).overall.count).toBe(0);
  });

  it('filters by diagnosis group, counting a wait for all groups under each group its service treats', async () => {
    const fives = await treeknormNow(financier(), { diagnosisGroup: '05' }, 'diagnosegroep');
    expect(fives.overall).toMatchObject({ count: 1, aboveNorm: 0 });
    expect((await treeknormNow(financier(), { diagnosisGroup: '07' }, 'diagnosegroep')).overall.count).toBe(0);
  });

  it('follows the version history month by month', async () => {
    const trend = await treeknormTrend(financier(), {}, 2);
    expect(trend.months.map((m) => [m.month, m.count, m.shareAboveNorm])).toEqual([
      ['2026-10', 1, 0],
      ['2026-11', 2, 0.5],
    ]);
  });

  it('counts supply and pauses per diagnosis group and per municipality', async () => {
    const groups = await supply(financier(), {}, 'diagnosegroep');
    expect(groups.rows.map((r) => [r.key, r.services, r.paused])).toEqual([
      ['04', 2, 1],
      ['05', 1, 0],
      ['07', 1, 0],
      ['', 1, 0],
    ]);
    const places = await supply(financier(), {}, 'gemeente');
    expect(places.rows.map((r) => [r.label, r.services, r.paused])).toEqual([
      ['Ede', 2, 1],
      ['Renkum', 1, 0],
      ['Wageningen', 1, 0],
    ]);
    const inEde = await supply(financier(), { municipality: 'GM0228', careKind: 'sggz' }, 'gemeente');
    expect(inEde.rows.map((r) => [r.key, r.services])).toEqual([['GM0228', 1]]);
  });

  it('counts contracts, reached ceilings and pauses per insurer', async () => {
    const result = await insurerFigures(financier(), {});
    expect(result.rows).toEqual([
      { insurerId: 'zilveren-kruis', label: 'Zilveren Kruis', contracted: 2, ceilingReached: 1, ceilingAlmost: 0, paused: 1 },
    ]);
  });

  it('sorts facts into actueel, verouderd and onbekend, a missing wait being onbekend', async () => {
    const result = await dataFreshness(financier(), {});
    expect(result.rows.map((r) => [r.fact, r.counts])).toEqual([
      ['wachttijd', { actueel: 2, verouderd: 0, onbekend: 2 }],
      ['aanmeldstop', { actueel: 1, verouderd: 0, onbekend: 0 }],
      ['contract', { actueel: 2, verouderd: 0, onbekend: 0 }],
    ]);
  });

  it('puts the forecast beside the reported wait and flags the strong disagreement', async () => {
    const result = await forecasts(financier(), {}, false);
    expect(result.counts).toEqual({ withForecast: 2, disagreeing: 1 });
    expect(result.rows.map((r) => [r.serviceName, r.reportedWeeks, Math.round(r.forecastWeeks! * 100) / 100, r.disagrees])).toEqual([
      ['Dienst 1', 2, 17.33, true],
      ['Dienst 2', 6, 4.33, false],
    ]);
    const detail = await serviceForecasts(database.db, id(201));
    expect(detail).toEqual([expect.objectContaining({ diagnosisGroup: null, reportedWeeks: 2, disagrees: true, waitingCount: 40, intakesPerMonth: 10 })]);
    expect(await serviceForecasts(database.db, id(203))).toEqual([expect.objectContaining({ forecastWeeks: null, disagrees: false })]);
  });

  it('refuses roles without aggregate reach', async () => {
    await expect(treeknormNow(as('huisarts'), {}, 'diagnosegroep')).rejects.toMatchObject({ code: 'geen-toegang' });
    await expect(supply(as('aanbieder-medewerker'), {}, 'gemeente')).rejects.toMatchObject({ code: 'geen-toegang' });
    await expect(treeknormNow({ services, principal: null }, {}, 'diagnosegroep')).rejects.toMatchObject({ code: 'niet-aangemeld' });
  });
});
