import { afterEach, describe, expect, it, vi } from 'vitest';
import { GENERATOR_NOW, REFERENCE, generatorInput } from '../../../test/support/generator-input';
import { appendCatalog, emptyCatalog, generateCatalog, generateCatalogChunks, type GeneratedCatalog } from './generator';
import { createRandom, deriveSeed, mulberry32, UuidSequence } from './seeded-random';

const national = (n: number, seed = 7) => generatorInput({ seed, scope: { nationalServices: n } });

/** Every reference between generated rows, and to the reference lists, resolves. */
function expectConsistent(catalog: GeneratedCatalog): void {
  const organizations = new Set(catalog.organizations.map((o) => o.id));
  const locations = new Map(catalog.locations.map((l) => [l.id, l]));
  const services = new Set(catalog.services.map((s) => s.id));
  const municipalities = new Set(REFERENCE.municipalities.map((m) => m.code));
  const insurers = new Set(REFERENCE.insurers.map((i) => i.id));
  const groups = new Set(REFERENCE.diagnosisGroups.map((g) => g.code));
  const ids = [catalog.organizations, catalog.locations, catalog.services, catalog.coverage, catalog.contracts, catalog.pauses, catalog.waits].flatMap(
    (rows) => rows.map((r) => r.id),
  );
  expect(new Set(ids).size).toBe(ids.length);
  for (const l of catalog.locations) {
    expect(organizations.has(l.organizationId)).toBe(true);
    expect(municipalities.has(l.municipalityCode)).toBe(true);
  }
  for (const s of catalog.services) {
    expect(organizations.has(s.organizationId)).toBe(true);
    if (s.locationId) expect(locations.get(s.locationId)?.organizationId).toBe(s.organizationId);
    for (const g of s.diagnosisGroups) expect(groups.has(g)).toBe(true);
  }
  for (const c of catalog.coverage) {
    expect(services.has(c.serviceId)).toBe(true);
    expect(municipalities.has(c.municipalityCode)).toBe(true);
    if (c.validTo) expect(c.validTo >= c.validFrom).toBe(true);
  }
  for (const c of catalog.contracts) expect(services.has(c.serviceId) && insurers.has(c.insurerId)).toBe(true);
  for (const p of catalog.pauses) expect(services.has(p.serviceId)).toBe(true);
  for (const w of catalog.waits) {
    expect(services.has(w.serviceId)).toBe(true);
    if (w.diagnosisGroup) expect(groups.has(w.diagnosisGroup)).toBe(true);
  }
}

describe('seeded randomness', () => {
  it('repeats the same numbers for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('derives independent streams and draws within bounds', () => {
    expect(deriveSeed(42, 1, 0)).not.toBe(deriveSeed(42, 1, 1));
    expect(deriveSeed(42, 1, 0)).toBe(deriveSeed(42, 1, 0));
    const random = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
    expect(random.sample([1, 2, 3, 4], 3)).toHaveLength(3);
    expect(new Set(random.sample([1, 2, 3, 4], 4)).size).toBe(4);
  });

  it('numbers generated ids per seed and entity', () => {
    const ids = new UuidSequence(42, 3);
    expect(ids.next()).toBe('0000002a-0003-4000-8000-000000000000');
    expect(ids.next()).toBe('0000002a-0003-4000-8000-000000000001');
    expect(ids.count).toBe(2);
    expect(ids.next()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('generateCatalog', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives identical output for the same seed, and different output for another seed', () => {
    const first = generateCatalog(generatorInput());
    expect(generateCatalog(generatorInput())).toEqual(first);
    const other = generateCatalog(generatorInput({ seed: 43 }));
    expect(other.services.map((s) => s.name)).not.toEqual(first.services.map((s) => s.name));
  });

  it('uses neither Math.random nor the system clock', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    vi.spyOn(Date, 'now').mockImplementation(() => {
      throw new Error('Date.now used');
    });
    expect(() => generateCatalog(generatorInput())).not.toThrow();
    expect(() => generateCatalog(national(300))).not.toThrow();
  });

  it('produces rows whose references all resolve, in the demo and in national data', () => {
    expectConsistent(generateCatalog(generatorInput()));
    expectConsistent(generateCatalog(national(3_000)));
  });

  it('refuses reference lists without the demo regions, and a negative national size', () => {
    expect(() => generateCatalog(generatorInput({ municipalities: REFERENCE.municipalities.slice(0, 10) }))).toThrow(/demo regions/);
    expect(() => generateCatalog(national(-1))).toThrow(/nationalServices/);
  });
});

describe('national data', () => {
  it('makes exactly the number of services asked for, spread over the whole country', () => {
    const catalog = generateCatalog(national(5_000));
    expect(catalog.services).toHaveLength(5_000);
    const places = new Set(catalog.locations.map((l) => l.municipalityCode));
    expect(places.size).toBeGreaterThan(300);
    const provinces = new Set(REFERENCE.municipalities.filter((m) => places.has(m.code)).map((m) => m.province));
    expect(provinces.size).toBe(12);
    expect(new Set(catalog.services.map((s) => s.kind)).size).toBe(12);
    expect(generateCatalog(national(0)).services).toHaveLength(0);
  });

  it('gives the same rows whatever the chunk size', () => {
    const whole = generateCatalog(national(2_500));
    const chunks = [...generateCatalogChunks(national(2_500), { servicesPerChunk: 300 })];
    expect(chunks.length).toBeGreaterThan(5);
    const joined = emptyCatalog();
    for (const chunk of chunks) appendCatalog(joined, chunk);
    expect(joined).toEqual(whole);
  });

  it('stores one contract row per concern instead of per label, to stay small', () => {
    const catalog = generateCatalog(national(1_000));
    const concerns = new Set(REFERENCE.insurers.map((i) => i.concern));
    const firstLabels = new Set([...concerns].map((c) => REFERENCE.insurers.find((i) => i.concern === c)!.id));
    for (const c of catalog.contracts) expect(firstLabels.has(c.insurerId)).toBe(true);
  });

  it('generates 50,000 services in seconds, chunk by chunk', () => {
    const started = performance.now();
    let services = 0;
    for (const chunk of generateCatalogChunks(national(50_000), { servicesPerChunk: 5_000 })) services += chunk.services.length;
    expect(services).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});

describe('dates relative to now', () => {
  it('reaches more revenue ceilings late in the year than early in the year', () => {
    const share = (now: Date) => {
      const contracts = generateCatalog(generatorInput({ now })).contracts.filter((c) => c.contracted);
      return contracts.filter((c) => c.ceiling === 'bereikt').length / contracts.length;
    };
    const february = share(new Date('2026-02-10T10:00:00Z'));
    const december = share(new Date('2026-12-10T10:00:00Z'));
    expect(december).toBeGreaterThan(february * 3);
  });

  it('never dates a fact after now', () => {
    const catalog = generateCatalog(generatorInput());
    const now = GENERATOR_NOW.toISOString();
    for (const fact of [...catalog.contracts, ...catalog.pauses, ...catalog.waits]) {
      expect(fact.confirmedAt <= now).toBe(true);
      expect(fact.recordedAt).toBe(fact.confirmedAt);
    }
    for (const w of catalog.waits) expect(w.measuredOn <= now.slice(0, 10)).toBe(true);
  });
});
