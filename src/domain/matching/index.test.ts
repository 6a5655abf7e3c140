import { describe, expect, it } from 'vitest';
import type { CandidateList } from './index';
import { aNeed, anIndex, aPause, aService, coverage, EDE, GRONINGEN, kmNorthOf, matchAmong, rankedIds, UTRECHT, WAGENINGEN } from './test-builders';

const idsOf = (list: CandidateList) => list.entries.map((e) => e.service.id);

describe('the matching index', () => {
  it('adds a new service with upsert, and the next match finds it', () => {
    const index = anIndex([aService()]);
    const added = aService({ name: 'Nieuwe praktijk' });
    index.upsert(added);
    expect(index.size).toBe(2);
    expect(rankedIds(matchAmong(index))).toContain(added.id);
  });

  it('replaces a changed service with upsert, so a new registration stop takes effect at once', () => {
    const service = aService();
    const index = anIndex([service]);
    expect(rankedIds(matchAmong(index))).toEqual([service.id]);
    index.upsert({ ...service, pause: aPause({ reason: 'Wachtlijst vol' }) });
    const outcome = matchAmong(index);
    expect(outcome.results).toEqual([]);
    expect(outcome.excluded.map((e) => e.serviceId)).toEqual([service.id]);
    expect(index.size).toBe(1);
  });

  it('moves a service between lookups when its kind, coverage or place changes', () => {
    const service = aService();
    const index = anIndex([service]);
    index.upsert({ ...service, kind: 'sggz' });
    expect(matchAmong(index, aNeed({ careKinds: ['bggz'] })).counts.considered).toBe(0);
    expect(matchAmong(index, aNeed({ careKinds: ['sggz'] })).counts.considered).toBe(1);
    const groningenOnly = {
      ...service,
      coverage: [coverage(GRONINGEN)],
      location: { ...service.location!, point: GRONINGEN.point, municipalityCode: GRONINGEN.code },
    };
    index.upsert(groningenOnly);
    expect(matchAmong(index, aNeed({ careKinds: ['bggz', 'sggz'] })).counts.considered).toBe(0);
  });

  it('forgets a removed service', () => {
    const kept = aService();
    const removed = aService();
    const index = anIndex([kept, removed]);
    expect(index.remove(removed.id)).toBe(true);
    expect(index.remove(removed.id)).toBe(false);
    expect(index.get(removed.id)).toBeUndefined();
    expect(rankedIds(matchAmong(index))).toEqual([kept.id]);
  });

  it('forgets the words of a removed service, so free text no longer corrects towards them', () => {
    const walking = aService({ name: 'Wandelgroep' });
    const index = anIndex([walking, aService()]);
    expect(matchAmong(index, aNeed({ text: 'wandelgreop' })).interpretedText?.terms).toHaveLength(1);
    index.remove(walking.id);
    expect(matchAmong(index, aNeed({ text: 'wandelgreop' })).interpretedText?.terms).toEqual([]);
  });

  it('finds services without a werkgebied by location within the radius only', () => {
    const inside = aService({ coverage: [], at: kmNorthOf(EDE, 19) });
    const outside = aService({ coverage: [], at: kmNorthOf(EDE, 21) });
    const index = anIndex([inside, outside]);
    expect(idsOf(index.candidates(['bggz'], EDE.code, EDE.point, 20, 10))).toEqual([inside.id]);
  });

  it('finds services with a werkgebied elsewhere only in the neighbourhood', () => {
    const neighbour = aService({ coverage: [coverage(WAGENINGEN)], at: kmNorthOf(EDE, 9) });
    const further = aService({ coverage: [coverage(WAGENINGEN)], at: kmNorthOf(EDE, 11) });
    const index = anIndex([neighbour, further]);
    const found = index.candidates(['bggz'], EDE.code, EDE.point, 50, 10);
    expect(idsOf(found)).toEqual([neighbour.id]);
    expect(found.coverageHere).toEqual([null]);
  });

  it('finds a service covering the municipality however far its location', () => {
    const farLocation = aService({ at: UTRECHT.point });
    const index = anIndex([farLocation]);
    const found = index.candidates(['bggz'], EDE.code, EDE.point, 10, 10);
    expect(idsOf(found)).toEqual([farLocation.id]);
    expect(found.coverageHere).toEqual([[coverage(EDE)]]);
    expect(found.distances[0]).toBeGreaterThan(45);
  });

  it('finds an online service without a werkgebied from anywhere', () => {
    const national = aService({ kind: 'ehealth', coverage: [], at: GRONINGEN.point, modalities: ['online'] });
    const index = anIndex([national]);
    expect(idsOf(index.candidates(['ehealth'], EDE.code, EDE.point, 10, 10))).toEqual([national.id]);
  });
});
