import { describe, expect, it } from 'vitest';
import {
  aNeed,
  aPause,
  aService,
  aWait,
  aWelfareService,
  contract,
  coverage,
  CZ,
  EDE,
  exclusionCodes,
  FBTO,
  kmNorthOf,
  matchAmong,
  rankedIds,
  UTRECHT,
  VGZ,
  WAGENINGEN,
  ZILVEREN_KRUIS,
} from './test-builders';

describe('which services are considered', () => {
  it('considers services covering the municipality, nearby services without a werkgebied, and close neighbours', () => {
    const covering = aService({ at: kmNorthOf(EDE, 60) });
    const noWerkgebied = aService({ coverage: [], at: kmNorthOf(EDE, 40) });
    const neighbour = aService({ coverage: [coverage(WAGENINGEN)], at: kmNorthOf(EDE, 8) });
    const elsewhere = aService({ coverage: [coverage(UTRECHT)], at: kmNorthOf(EDE, 30) });
    const outcome = matchAmong([covering, noWerkgebied, neighbour, elsewhere]);
    expect(outcome.counts.considered).toBe(3);
    expect(rankedIds(outcome)).toEqual([noWerkgebied.id, covering.id]);
    expect(exclusionCodes(outcome, neighbour.id)).toEqual(['buiten-werkgebied']);
    expect(exclusionCodes(outcome, elsewhere.id)).toBeUndefined();
  });

  it('does not consider a service without a werkgebied beyond the patient\'s maximum distance', () => {
    const far = aService({ coverage: [], at: kmNorthOf(EDE, 30) });
    expect(matchAmong([far], aNeed({ preferences: { maxDistanceKm: 20 } })).counts.considered).toBe(0);
  });

  it('does not consider services of kinds that were not asked for', () => {
    const welfare = aWelfareService();
    const outcome = matchAmong([aService(), welfare], aNeed({ careKinds: ['bggz'] }));
    expect(outcome.counts.considered).toBe(1);
    expect(exclusionCodes(outcome, welfare.id)).toBeUndefined();
  });

  it('leaves crisis services out unless crisis is asked for', () => {
    const crisis = aService({ kind: 'crisis', contracts: [], waits: [] });
    expect(matchAmong([crisis]).counts.considered).toBe(0);
    expect(rankedIds(matchAmong([crisis], aNeed({ careKinds: ['crisis'] })))).toEqual([crisis.id]);
    expect(rankedIds(matchAmong([crisis], aNeed({ text: 'acute crisis' })))).toEqual([crisis.id]);
  });
});

describe('exclusion reasons', () => {
  it('leaves out a service whose exclusion criterion the patient meets, naming the criterion', () => {
    const service = aService({ exclusions: ['primaire-verslaving', 'lvb'] });
    const outcome = matchAmong([service], aNeed({ characteristics: ['primaire-verslaving'] }));
    expect(outcome.excluded).toEqual([
      { serviceId: service.id, reasons: [{ code: 'exclusiecriterium', text: 'Exclusiecriterium: primaire verslavingsproblematiek' }] },
    ]);
  });

  it('keeps a service whose exclusion criteria the patient does not meet', () => {
    const service = aService({ exclusions: ['lvb'] });
    expect(rankedIds(matchAmong([service], aNeed({ characteristics: ['primaire-verslaving'] })))).toEqual([service.id]);
  });

  it('leaves out a service not contracted by the patient\'s insurer', () => {
    const service = aService({ contracts: [contract(VGZ)] });
    const outcome = matchAmong([service]);
    expect(outcome.excluded[0]?.reasons).toEqual([
      { code: 'geen-contract', text: 'Geen contract met Zilveren Kruis (Achmea) voor 2026' },
    ]);
  });

  it('leaves out a service with a contract fact that says not contracted', () => {
    const service = aService({ contracts: [contract(ZILVEREN_KRUIS, { contracted: false })] });
    expect(exclusionCodes(matchAmong([service]), service.id)).toEqual(['geen-contract']);
  });

  it('only counts a contract for the year of the match', () => {
    const lastYear = aService({ contracts: [contract(ZILVEREN_KRUIS, { year: 2025 })] });
    const outcome = matchAmong([lastYear]);
    expect(exclusionCodes(outcome, lastYear.id)).toEqual(['geen-contract']);
    const inLastYear = matchAmong([lastYear], aNeed(), { now: new Date('2025-11-01T10:00:00Z') });
    expect(rankedIds(inLastYear)).toEqual([lastYear.id]);
  });

  it('applies a contract made under another label of the same concern', () => {
    const service = aService({ contracts: [contract(ZILVEREN_KRUIS)] });
    expect(rankedIds(matchAmong([service], aNeed({ insurerId: FBTO.id })))).toEqual([service.id]);
    expect(exclusionCodes(matchAmong([service], aNeed({ insurerId: CZ.id })), service.id)).toEqual(['geen-contract']);
  });

  it('leaves out a service whose revenue ceiling for the patient\'s insurer concern is reached', () => {
    const service = aService({ contracts: [contract(ZILVEREN_KRUIS, { ceiling: 'bereikt' }), contract(VGZ)] });
    const forFbto = matchAmong([service], aNeed({ insurerId: FBTO.id }));
    expect(forFbto.excluded[0]?.reasons).toEqual([
      { code: 'plafond-bereikt', text: 'Omzetplafond voor FBTO (Achmea) in 2026 bereikt' },
    ]);
    expect(rankedIds(matchAmong([service], aNeed({ insurerId: VGZ.id })))).toEqual([service.id]);
  });

  it('reads the ceiling per year: reached last year does not close this year', () => {
    const service = aService({
      contracts: [contract(ZILVEREN_KRUIS, { year: 2025, ceiling: 'bereikt' }), contract(ZILVEREN_KRUIS, { year: 2026 })],
    });
    expect(rankedIds(matchAmong([service]))).toEqual([service.id]);
    const late2025 = matchAmong([service], aNeed(), { now: new Date('2025-12-01T10:00:00Z') });
    expect(exclusionCodes(late2025, service.id)).toEqual(['plafond-bereikt']);
  });

  it('does not check insurer contracts for welfare services', () => {
    const welfare = aWelfareService();
    expect(rankedIds(matchAmong([welfare], aNeed({ insurerId: CZ.id })))).toEqual([welfare.id]);
  });

  it('leaves out a service with a registration stop, with its reason and expected end', () => {
    const service = aService({ pause: aPause({ reason: 'Personeelstekort', expectedEnd: '2026-06-01' }) });
    expect(matchAmong([service]).excluded[0]?.reasons).toEqual([
      { code: 'aanmeldstop', text: 'Aanmeldstop: personeelstekort (verwacht tot 1 juni 2026)' },
    ]);
    const inactive = aService({ pause: { ...aPause(), active: false } });
    expect(rankedIds(matchAmong([inactive]))).toEqual([inactive.id]);
  });

  it('respects the validity dates of a coverage area', () => {
    const fromMay = aService({ coverage: [coverage(EDE, '2026-05-01')] });
    const ended = aService({ coverage: [coverage(EDE, '2020-01-01', '2025-12-31')] });
    const current = aService({ coverage: [coverage(EDE, '2020-01-01', '2026-03-15')] });
    const outcome = matchAmong([fromMay, ended, current]);
    expect(rankedIds(outcome)).toEqual([current.id]);
    expect(outcome.excluded.find((e) => e.serviceId === fromMay.id)?.reasons).toEqual([
      { code: 'buiten-werkgebied', text: 'Werkgebied omvat Ede pas vanaf 1 mei 2026' },
    ]);
    expect(outcome.excluded.find((e) => e.serviceId === ended.id)?.reasons).toEqual([
      { code: 'buiten-werkgebied', text: 'Werkgebied omvatte Ede tot en met 31 december 2025' },
    ]);
    const inMay = matchAmong([fromMay], aNeed(), { now: new Date('2026-05-01T08:00:00Z') });
    expect(rankedIds(inMay)).toEqual([fromMay.id]);
  });

  it('treats a service without any coverage area as taking patients from anywhere nearby', () => {
    const practice = aService({ coverage: [], at: WAGENINGEN.point });
    expect(rankedIds(matchAmong([practice]))).toEqual([practice.id]);
  });

  it('checks both age bounds, inclusive', () => {
    const adults = aService({ ageMin: 18, ageMax: 65 });
    expect(exclusionCodes(matchAmong([adults], aNeed({ age: 17 })), adults.id)).toEqual(['leeftijd']);
    expect(exclusionCodes(matchAmong([adults], aNeed({ age: 66 })), adults.id)).toEqual(['leeftijd']);
    expect(rankedIds(matchAmong([adults], aNeed({ age: 18 })))).toEqual([adults.id]);
    expect(rankedIds(matchAmong([adults], aNeed({ age: 65 })))).toEqual([adults.id]);
    expect(matchAmong([adults], aNeed({ age: 70 })).excluded[0]?.reasons[0]?.text).toBe(
      'Leeftijd 70: aanbod is voor 18 tot en met 65 jaar',
    );
  });

  it('leaves out a service beyond the maximum distance unless it offers help online', () => {
    const far = aService({ at: kmNorthOf(EDE, 30) });
    const farButOnline = aService({ at: kmNorthOf(EDE, 30), modalities: ['op-locatie', 'online'] });
    const outcome = matchAmong([far, farButOnline], aNeed({ preferences: { maxDistanceKm: 20 } }));
    expect(rankedIds(outcome)).toEqual([farButOnline.id]);
    expect(outcome.excluded[0]?.reasons).toEqual([{ code: 'te-ver', text: 'Op 30 km, verder dan de gewenste 20 km' }]);
  });

  it('does not hold distance against a service that comes to the patient\'s home', () => {
    const homeVisits = aWelfareService({ at: kmNorthOf(EDE, 30), modalities: ['aan-huis'] });
    expect(rankedIds(matchAmong([homeVisits], aNeed({ preferences: { maxDistanceKm: 10 } })))).toEqual([homeVisits.id]);
  });

  it('leaves out a service that does not offer the preferred language', () => {
    const dutchOnly = aService();
    const english = aService({ languages: ['nl', 'en'] });
    const outcome = matchAmong([dutchOnly, english], aNeed({ preferences: { language: 'en' } }));
    expect(rankedIds(outcome)).toEqual([english.id]);
    expect(outcome.excluded[0]?.reasons).toEqual([{ code: 'taal', text: 'Biedt geen hulp in het Engels' }]);
  });

  it('leaves out a service whose known wait exceeds the patient\'s maximum', () => {
    const slow = aService({ waits: [aWait(8, 12)] });
    const outcome = matchAmong([slow], aNeed({ preferences: { maxWaitWeeks: 12 } }));
    expect(outcome.excluded[0]?.reasons).toEqual([
      { code: 'wachttijd', text: 'Wachttijd 20 weken, langer dan de gewenste 12 weken' },
    ]);
  });

  it('collects every reason that applies, not only the first, and counts each per code', () => {
    const hopeless = aService({
      exclusions: ['agressie', 'lvb'],
      coverage: [coverage(WAGENINGEN)],
      ageMin: 40,
      contracts: [contract(VGZ)],
      pause: aPause(),
      languages: ['nl'],
    });
    const outcome = matchAmong(
      [hopeless, aService({ contracts: [] })],
      aNeed({ characteristics: ['agressie', 'lvb'], preferences: { language: 'ar' } }),
    );
    expect(exclusionCodes(outcome, hopeless.id)).toEqual([
      'exclusiecriterium',
      'exclusiecriterium',
      'buiten-werkgebied',
      'leeftijd',
      'geen-contract',
      'aanmeldstop',
      'taal',
    ]);
    expect(outcome.counts).toMatchObject({ considered: 2, matched: 0, excluded: 2 });
    expect(outcome.counts.byReason).toMatchObject({ exclusiecriterium: 1, 'geen-contract': 2, taal: 2, 'te-ver': 0 });
  });
});

describe('matching again without a provider that rejected the patient', () => {
  it('leaves out every service of an excluded organisation, with the reason in "waarom niet"', () => {
    const rejected = aService();
    const sameOrganisation = aService({ organizationId: rejected.organizationId, kind: 'sggz' });
    const other = aService();
    const outcome = matchAmong(
      [rejected, sameOrganisation, other],
      aNeed({ excludeOrganizationIds: [rejected.organizationId] }),
    );
    expect(rankedIds(outcome)).toEqual([other.id]);
    expect(outcome.excluded.find((e) => e.serviceId === rejected.id)?.reasons).toEqual([
      { code: 'eerder-afgewezen', text: 'Heeft een eerdere verwijzing voor deze patiënt afgewezen' },
    ]);
    expect(exclusionCodes(outcome, sameOrganisation.id)).toEqual(['eerder-afgewezen']);
    expect(outcome.counts.byReason['eerder-afgewezen']).toBe(2);
  });

  it('excludes nobody when the list is empty', () => {
    const service = aService();
    expect(rankedIds(matchAmong([service], aNeed({ excludeOrganizationIds: [] })))).toEqual([service.id]);
  });
});

describe('crisis', () => {
  it('never leaves a crisis service out for waiting reasons', () => {
    const crisis = aService({ kind: 'crisis', contracts: [], waits: [aWait(30, 30)], pause: aPause({ reason: 'Verbouwing' }) });
    const outcome = matchAmong([crisis], aNeed({ careKinds: ['crisis'], preferences: { maxWaitWeeks: 2 } }));
    expect(rankedIds(outcome)).toEqual([crisis.id]);
    expect(outcome.results[0]?.waitWeeks).toBeNull();
    expect(outcome.results[0]?.reasons).toContainEqual({
      code: 'geen-wachtlijst',
      tone: 'positief',
      text: 'Crisisdienst: geen wachtlijst',
    });
  });

  it('still leaves a crisis service out for reasons that are not about waiting', () => {
    const crisis = aService({ kind: 'crisis', contracts: [], waits: [], coverage: [coverage(UTRECHT)], at: kmNorthOf(EDE, 5) });
    const outcome = matchAmong([crisis], aNeed({ careKinds: ['crisis'] }));
    expect(exclusionCodes(outcome, crisis.id)).toEqual(['buiten-werkgebied']);
  });
});
