import { describe, expect, it } from 'vitest';
import {
  aNeed,
  aService,
  aWait,
  aWelfareService,
  contract,
  EDE,
  kmNorthOf,
  matchAmong,
  rankedIds,
  ZILVEREN_KRUIS,
} from './test-builders';

const texts = (outcome: ReturnType<typeof matchAmong>, serviceId: string) =>
  outcome.results.find((r) => r.serviceId === serviceId)?.reasons.map((r) => r.text) ?? [];

describe('ranking by waiting time against the Treeknorm', () => {
  it('puts a wait within the norm before one above it, and that before one far above it', () => {
    const farAbove = aService({ waits: [aWait(12, 20)] });
    const above = aService({ waits: [aWait(6, 10)] });
    const within = aService({ waits: [aWait(3, 6)] });
    expect(rankedIds(matchAmong([farAbove, above, within]))).toEqual([within.id, above.id, farAbove.id]);
  });

  it('ranks an unknown wait below a wait within the norm but above one far above it', () => {
    const unknown = aService({ waits: [] });
    const within = aService({ waits: [aWait(3, 6)] });
    const farAbove = aService({ waits: [aWait(20, 20, { daysOld: 20 })] });
    expect(rankedIds(matchAmong([farAbove, unknown, within]))).toEqual([within.id, unknown.id, farAbove.id]);
  });

  it('uses the wait for the patient\'s own diagnosis group when the service gives one', () => {
    const service = aService({ waits: [aWait(2, 2), aWait(10, 20, { group: '04' })] });
    const outcome = matchAmong([service], aNeed({ diagnosisGroup: '04' }));
    expect(outcome.results[0]?.waitWeeks).toMatchObject({ registration: 10, treatment: 20, total: 30, normStatus: 'ver-boven' });
  });
});

describe('ranking by the age of the data', () => {
  it('ranks a wait older than 30 days lower and flags it', () => {
    const stale = aService({ waits: [aWait(3, 6, { daysOld: 45 })] });
    const fresh = aService({ waits: [aWait(3, 6, { daysOld: 3 })] });
    const outcome = matchAmong([stale, fresh]);
    expect(rankedIds(outcome)).toEqual([fresh.id, stale.id]);
    expect(outcome.results[1]?.dataAgeDays).toBe(45);
    expect(outcome.results[1]?.reasons).toContainEqual({ code: 'gegevens-oud', tone: 'let-op', text: 'Gegevens 45 dagen oud' });
    expect(outcome.results[0]?.reasons.map((r) => r.code)).not.toContain('gegevens-oud');
  });

  it('treats a wait older than 90 days as unknown and says so', () => {
    const ancient = aService({ waits: [aWait(3, 6, { daysOld: 120 })] });
    const outcome = matchAmong([ancient]);
    expect(outcome.results[0]?.waitWeeks).toBeNull();
    expect(texts(outcome, ancient.id)).toContain('Wachttijd onbekend: laatste opgave is 120 dagen oud (ouder dan 90 dagen)');
  });

  it('does not leave a service out for its maximum wait when that wait is too old to trust', () => {
    const ancient = aService({ waits: [aWait(30, 30, { daysOld: 120 })] });
    expect(rankedIds(matchAmong([ancient], aNeed({ preferences: { maxWaitWeeks: 10 } })))).toEqual([ancient.id]);
  });
});

describe('ranking by distance', () => {
  it('puts the closer of two otherwise equal services first', () => {
    const far = aService({ at: kmNorthOf(EDE, 25) });
    const near = aService({ at: kmNorthOf(EDE, 2) });
    expect(rankedIds(matchAmong([far, near]))).toEqual([near.id, far.id]);
  });

  it('counts an online service as near when the patient prefers online', () => {
    const nearby = aService({ at: kmNorthOf(EDE, 5) });
    const online = aService({ at: kmNorthOf(EDE, 40), modalities: ['online'] });
    expect(rankedIds(matchAmong([nearby, online]))).toEqual([nearby.id, online.id]);
    const prefersOnline = matchAmong([nearby, online], aNeed({ preferences: { online: true } }));
    expect(rankedIds(prefersOnline)).toEqual([online.id, nearby.id]);
    expect(prefersOnline.results[0]?.reasons).toContainEqual({ code: 'online', tone: 'positief', text: 'Ook online' });
  });

  it('considers an online-only service without coverage area anywhere in the country', () => {
    const national = aService({ kind: 'ehealth', at: null, coverage: [], modalities: ['online'], contracts: [], waits: [] });
    const outcome = matchAmong([national], aNeed({ careKinds: ['ehealth'] }));
    expect(rankedIds(outcome)).toEqual([national.id]);
    expect(outcome.results[0]?.distanceKm).toBeNull();
    expect(texts(outcome, national.id)).toEqual(['Geen wachtlijst', 'Alleen online']);
  });
});

describe('ranking by problem fit', () => {
  it('puts a service that treats the diagnosis group before one that treats another', () => {
    const anxiety = aService({ diagnosisGroups: ['05'] });
    const depression = aService({ diagnosisGroups: ['04', '07'] });
    const outcome = matchAmong([anxiety, depression], aNeed({ diagnosisGroup: '04' }));
    expect(rankedIds(outcome)).toEqual([depression.id, anxiety.id]);
    expect(texts(outcome, depression.id)[0]).toBe('Behandelt depressieve stemmingsstoornissen');
    expect(texts(outcome, anxiety.id)[0]).toBe('Behandelt niet specifiek depressieve stemmingsstoornissen');
  });

  it('uses diagnosis groups and themes read from the free text', () => {
    const debtHelp = aWelfareService({ themes: ['schulden'] });
    const loneliness = aWelfareService({ themes: ['eenzaamheid'] });
    const outcome = matchAmong([debtHelp, loneliness], aNeed({ text: 'eenzaamheit, woont alleen' }));
    expect(rankedIds(outcome)).toEqual([loneliness.id, debtHelp.id]);
    expect(texts(outcome, loneliness.id)).toContain('Helpt bij eenzaamheid');
    expect(outcome.interpretedText).toMatchObject({ themes: ['eenzaamheid'], terms: [{ input: 'eenzaamheit', matched: 'eenzaam' }] });
  });

  it('matches free text against the words of the service\'s own name and description, compounds included', () => {
    const griefGroup = aWelfareService({ name: 'Rouwgroep De Brug', description: 'Voor nabestaanden' });
    const other = aWelfareService({ name: 'Buurtcentrum', description: 'Koffie en ontmoeting' });
    const outcome = matchAmong([other, griefGroup], aNeed({ text: 'rouw' }));
    expect(rankedIds(outcome)).toEqual([griefGroup.id, other.id]);
    expect(texts(outcome, griefGroup.id)).toContain('Beschrijving past bij: rouw');
  });

  it('corrects a typo against the words services use, and shows the correction', () => {
    const walking = aWelfareService({ name: 'Wandelgroep Veluwe' });
    const other = aWelfareService({ name: 'Buurtcentrum' });
    const outcome = matchAmong([other, walking], aNeed({ text: 'wandelgreop' }));
    expect(rankedIds(outcome)).toEqual([walking.id, other.id]);
    expect(outcome.interpretedText?.terms).toEqual([{ input: 'wandelgreop', matched: 'wandelgroep' }]);
  });

  it('favours specialised care for severe complaints and welfare for mild ones when kinds are mixed', () => {
    const welfare = aWelfareService({ waits: [aWait(3, 6)] });
    const basic = aService({ kind: 'bggz', waits: [aWait(3, 6)] });
    const specialised = aService({ kind: 'sggz', waits: [aWait(3, 6)] });
    const all = [welfare, basic, specialised];
    expect(rankedIds(matchAmong(all, aNeed({ severity: 'ernstig' })))).toEqual([specialised.id, basic.id, welfare.id]);
    expect(rankedIds(matchAmong(all, aNeed({ severity: 'licht' })))).toEqual([welfare.id, basic.id, specialised.id]);
  });
});

describe('ranking by revenue ceiling', () => {
  it('ranks a service whose ceiling for the patient\'s insurer is nearly reached lower, and says so', () => {
    const nearly = aService({ contracts: [contract(ZILVEREN_KRUIS, { ceiling: 'bijna' })] });
    const open = aService();
    const outcome = matchAmong([nearly, open]);
    expect(rankedIds(outcome)).toEqual([open.id, nearly.id]);
    expect(outcome.results[1]?.reasons).toContainEqual({
      code: 'plafond-bijna',
      tone: 'let-op',
      text: 'Gecontracteerd door Zilveren Kruis (Achmea) in 2026, plafond bijna bereikt',
    });
  });
});

describe('ties, limits and the shape of a result', () => {
  it('breaks ties by total wait, then name, then id', () => {
    const b = aService({ name: 'B-praktijk' });
    const a = aService({ name: 'A-praktijk' });
    const a2 = aService({ name: 'A-praktijk' });
    expect(rankedIds(matchAmong([b, a2, a]))).toEqual([a.id, a2.id, b.id]);
  });

  it('applies the name tie-break before cutting at the limit', () => {
    const c = aService({ name: 'C-praktijk' });
    const a = aService({ name: 'A-praktijk' });
    const b = aService({ name: 'B-praktijk' });
    expect(rankedIds(matchAmong([c, a, b], aNeed(), { limit: 1 }))).toEqual([a.id]);
  });

  it('returns at most `limit` results but counts every match', () => {
    const services = [aService(), aService(), aService()];
    const outcome = matchAmong(services, aNeed(), { limit: 2 });
    expect(outcome.results.map((r) => r.rank)).toEqual([1, 2]);
    expect(outcome.counts).toMatchObject({ considered: 3, matched: 3, excluded: 0 });
  });

  it('explains a typical result in Dutch', () => {
    const service = aService({ diagnosisGroups: ['04'], at: kmNorthOf(EDE, 12.4) });
    const outcome = matchAmong([service], aNeed({ diagnosisGroup: '04' }));
    expect(outcome.results[0]).toMatchObject({
      serviceId: service.id,
      rank: 1,
      distanceKm: 12.4,
      dataAgeDays: 5,
      waitWeeks: { registration: 3, treatment: 6, total: 9, normStatus: 'binnen', basis: 'actueel', ageDays: 5 },
    });
    expect(outcome.results[0]?.reasons).toEqual([
      { code: 'diagnose', tone: 'positief', text: 'Behandelt depressieve stemmingsstoornissen' },
      { code: 'contract', tone: 'positief', text: 'Gecontracteerd door Zilveren Kruis (Achmea) in 2026, plafond open' },
      { code: 'wachttijd', tone: 'positief', text: 'Wachttijd 3 + 6 weken: binnen de Treeknorm (4 + 10)' },
      { code: 'afstand', tone: 'neutraal', text: 'Op 12,4 km' },
    ]);
  });

  it('warns that contracts were not checked when the insurer is unknown', () => {
    const outcome = matchAmong([aService()], aNeed({ insurerId: null }));
    expect(outcome.results[0]?.reasons).toContainEqual({
      code: 'contract-onbekend',
      tone: 'let-op',
      text: 'Zorgverzekeraar onbekend: contract en omzetplafond niet gecontroleerd',
    });
  });
});
