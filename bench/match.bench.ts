/**
 * `npm run bench`: match latency (p50, p95, p99, max) and single-process throughput at demo scale
 * and at national scale (50,000 services by default; `-- --national N` to change it), on
 * generated fictional data and the real reference lists. Needs are drawn from a seeded generator
 * so runs are comparable; the machine is printed with the figures.
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readReferenceFiles } from '../src/db/reference-repository';
import { generateCatalog } from '../src/domain/catalog/generator';
import { createRandom } from '../src/domain/catalog/seeded-random';
import type { Municipality } from '../src/domain/catalog/types';
import { CARE_KIND_IDS, EXCLUSION_CODE_IDS, THEME_IDS, type CareKind } from '../src/domain/catalog/vocabulary';
import { DEMO_REGIONS } from '../src/domain/catalog/demo-regions';
import { buildIndex } from '../src/domain/matching/index';
import { match } from '../src/domain/matching/match';
import type { Need } from '../src/domain/matching/types';
import { catalogServices } from './catalog-in-memory';

const args = process.argv.slice(2);
const argValue = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const NATIONAL = argValue('--national', 50_000);
const MATCHES = argValue('--matches', 2_000);
const NOW = new Date('2026-11-23T10:00:00Z');

const reference = await readReferenceFiles(new URL('../reference-data', import.meta.url).pathname);
const byCode = new Map(reference.municipalities.map((m) => [m.code, m]));

function needs(count: number, municipalities: Municipality[], seed: number): Need[] {
  const random = createRandom(seed);
  const texts = ['somber en moe', 'schulden', 'eenzaam', 'paniekaanvallen', 'depresie', 'burn-out', null, null, null];
  const out: Need[] = [];
  const matchable = CARE_KIND_IDS.filter((k) => k !== 'crisis');
  for (let i = 0; i < count; i++) {
    const kinds: CareKind[] = random.next() < 0.3 ? [] : [random.pick(matchable), random.pick(matchable)];
    out.push({
      municipalityCode: random.pick(municipalities).code,
      age: 18 + Math.floor(random.next() * 70),
      insurerId: random.next() < 0.8 ? random.pick(reference.insurers).id : null,
      diagnosisGroup: random.next() < 0.5 ? random.pick(reference.diagnosisGroups).code : null,
      themes: random.next() < 0.4 ? [random.pick(THEME_IDS)] : [],
      text: random.pick(texts),
      careKinds: [...new Set(kinds)],
      characteristics: random.next() < 0.2 ? [random.pick(EXCLUSION_CODE_IDS)] : [],
      preferences: { online: random.next() < 0.3, maxDistanceKm: random.pick([10, 25, 50]) },
    });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function run(label: string, scope: 'demo' | { nationalServices: number }, municipalities: Municipality[]) {
  let t = performance.now();
  const generated = generateCatalog({ seed: 42, ...reference, now: NOW, scope });
  const services = catalogServices(generated);
  const generateMs = performance.now() - t;
  t = performance.now();
  const index = buildIndex(services, reference.municipalities, reference);
  const indexMs = performance.now() - t;

  const warm = needs(200, municipalities, 7);
  for (const need of warm) match(index, need, { now: NOW, municipalityPoint: byCode.get(need.municipalityCode)!.point });
  const list = needs(MATCHES, municipalities, 11);
  const times: number[] = [];
  let results = 0;
  let considered = 0;
  const started = performance.now();
  for (const need of list) {
    const t0 = performance.now();
    const outcome = match(index, need, { now: NOW, municipalityPoint: byCode.get(need.municipalityCode)!.point });
    times.push(performance.now() - t0);
    results += outcome.counts.matched;
    considered += outcome.counts.considered;
  }
  const totalMs = performance.now() - started;
  times.sort((a, b) => a - b);
  const f = (ms: number) => ms.toFixed(2).padStart(7);
  console.log(
    `${label.padEnd(10)} services=${String(services.length).padStart(6)}  matches=${MATCHES}  ` +
      `p50=${f(percentile(times, 50))} ms  p95=${f(percentile(times, 95))} ms  p99=${f(percentile(times, 99))} ms  max=${f(times.at(-1)!)} ms  ` +
      `throughput=${Math.round((MATCHES / totalMs) * 1000)}/s  ` +
      `avg considered=${Math.round(considered / MATCHES)} matched=${Math.round(results / MATCHES)}  ` +
      `(generate ${Math.round(generateMs)} ms, index ${Math.round(indexMs)} ms)`,
  );
}

console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
const demoMunicipalities = DEMO_REGIONS.flatMap((r) => r.municipalityCodes).map((code) => byCode.get(code)!);
run('demo', 'demo', demoMunicipalities);
run('national', { nationalServices: NATIONAL }, reference.municipalities);
