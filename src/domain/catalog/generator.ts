/**
 * The demo-data generator: a fictional but realistic care map (sociale kaart) for the two demo
 * regions, or about N services spread over every municipality for load tests. Pure and
 * deterministic: the same input (seed, reference lists, `now`, scope) always gives the same
 * output, ids included, because all randomness comes from the seed and all dates from `now`.
 * Every organisation and service is marked `fictional`.
 *
 * Large national sets are produced in chunks (generateCatalogChunks) so that they can be inserted
 * while they are generated, without holding everything in memory. Each organisation draws from its
 * own random stream, so the chunk size does not change the result.
 */
import { dateInNetherlands } from '../calendar/iso-date';
import { DEMO_REGIONS } from './demo-regions';
import { demoOrganizations, type OrganizationSpec } from './generator-demo';
import { contractsFor, pausesFor, waitsFor, type ConcernGroup, type FactContext, type GeneratedContract, type GeneratedPause, type GeneratedWait } from './generator-facts';
import { withQueueAndHistory } from './generator-history';
import { coverageFor, jitter, Neighbourhood, type GeneratedCoverage } from './generator-geography';
import { fictionalRegistrationNumber, fictionalWebsite, organizationName, postcode, streetAddress } from './generator-names';
import { NATIONAL_ARCHETYPE_WEIGHTS, planOrganization } from './generator-plan';
import { describeService } from './generator-services';
import { NOT_YET_DIAGNOSED_CODE } from './reference';
import { createRandom, deriveSeed, UuidSequence, type Random } from './seeded-random';
import type { DiagnosisGroup, Insurer, Location, Municipality, Organization, ServiceDescription } from './types';
import type { OrganizationKind } from './vocabulary';

export { DEMO_SOURCE } from './generator-facts';
export type { GeneratedContract, GeneratedPause, GeneratedWait } from './generator-facts';
export type { GeneratedCoverage } from './generator-geography';

export interface GeneratorInput {
  seed: number;
  municipalities: Municipality[];
  insurers: Insurer[];
  diagnosisGroups: DiagnosisGroup[];
  now: Date;
  /** The two demo regions, or about `nationalServices` services over the whole country. */
  scope: 'demo' | { nationalServices: number };
}

/** Plain rows, ready to insert, in dependency order. */
export interface GeneratedCatalog {
  organizations: Organization[];
  locations: Location[];
  services: ServiceDescription[];
  coverage: GeneratedCoverage[];
  contracts: GeneratedContract[];
  pauses: GeneratedPause[];
  waits: GeneratedWait[];
}

export const emptyCatalog = (): GeneratedCatalog => ({
  organizations: [],
  locations: [],
  services: [],
  coverage: [],
  contracts: [],
  pauses: [],
  waits: [],
});

/** Entity numbers written into generated ids. */
const ENTITY = { organization: 1, location: 2, service: 3, coverage: 4, contract: 5, pause: 6, wait: 7, waitHistory: 8 } as const;
/** Random streams derived from the seed. */
const STREAM = { demoLayout: 1, demoOrganization: 2, nationalOrganization: 3, waitHistory: 4 } as const;
/** Calendar months of monthly waiting-time history in the demo (generator-history.ts). */
const HISTORY_MONTHS = 12;

/** Organisation kinds that have an AGB code (care providers). */
const CARE_PROVIDERS: readonly OrganizationKind[] = ['ggz-praktijk', 'ggz-instelling', 'huisartsenpraktijk'];

interface World {
  input: GeneratorInput;
  today: string;
  neighbourhood: Neighbourhood;
  groupCodes: ReadonlySet<string>;
  concerns: ConcernGroup[];
  ids: Record<keyof typeof ENTITY, UuidSequence>;
  usedNames: Set<string>;
}

function prepare(input: GeneratorInput): World {
  const known = new Set(input.municipalities.map((m) => m.code));
  if (input.scope === 'demo') {
    const missing = DEMO_REGIONS.flatMap((r) => r.municipalityCodes).filter((code) => !known.has(code));
    if (missing.length > 0) throw new Error(`demo regions need municipalities that are not loaded: ${missing.join(', ')}`);
  } else if (!Number.isInteger(input.scope.nationalServices) || input.scope.nationalServices < 0) {
    throw new Error('nationalServices must be a whole number of at least 0');
  }
  if (input.municipalities.length === 0) throw new Error('no municipalities to place services in');
  const concerns = new Map<string, string[]>();
  for (const insurer of input.insurers) concerns.set(insurer.concern, [...(concerns.get(insurer.concern) ?? []), insurer.id]);
  return {
    input,
    today: dateInNetherlands(input.now),
    neighbourhood: new Neighbourhood(input.municipalities),
    groupCodes: new Set(input.diagnosisGroups.map((g) => g.code)),
    concerns: [...concerns].map(([concern, insurerIds]) => ({ concern, insurerIds })),
    ids: Object.fromEntries(Object.entries(ENTITY).map(([name, entity]) => [name, new UuidSequence(input.seed, entity)])) as World['ids'],
    usedNames: new Set(),
  };
}

/** The organisations to generate, each with its own random stream, in a fixed order. */
function* organizationSpecs(world: World): Generator<{ spec: OrganizationSpec; random: Random }> {
  const { input } = world;
  const allCodes = input.municipalities.map((m) => m.code);
  if (input.scope === 'demo') {
    const layout = createRandom(deriveSeed(input.seed, STREAM.demoLayout));
    const specs = demoOrganizations(layout, world.today, allCodes);
    for (const [i, spec] of specs.entries()) yield { spec, random: createRandom(deriveSeed(input.seed, STREAM.demoOrganization, i)) };
    return;
  }
  const provinces = new Map<string, string[]>();
  for (const m of input.municipalities) provinces.set(m.province, [...(provinces.get(m.province) ?? []), m.code]);
  for (let i = 0; ; i++) {
    const random = createRandom(deriveSeed(input.seed, STREAM.nationalOrganization, i));
    const archetype = random.weighted(NATIONAL_ARCHETYPE_WEIGHTS);
    const home = random.pick(input.municipalities);
    const national = archetype === 'ehealth-aanbieder' && random.chance(0.05);
    yield {
      spec: {
        archetype,
        region: 'national',
        home: home.code,
        regionCodes: provinces.get(home.province) ?? [home.code],
        options: {
          crisis: random.chance(0.5),
          consultatie: random.chance(0.3),
          worPlus: random.chance(0.5),
          ehealthReach: national ? 'national' : 'region',
        },
      },
      random,
    };
  }
}

/**
 * A name not used before in this run: a few fresh draws, then the place name added. Large
 * national sets run out of combinations, and then a name may repeat, as real names do.
 */
function uniqueName(world: World, draw: () => string, place: string): string {
  let name = draw();
  for (let attempt = 0; attempt < 4 && world.usedNames.has(name); attempt++) name = draw();
  if (world.usedNames.has(name)) name = `${name} ${place}`;
  world.usedNames.add(name);
  return name;
}

/** Turns one planned organisation into rows, adding at most `budget` services. */
function materialize(world: World, spec: OrganizationSpec, random: Random, budget: number, out: GeneratedCatalog): void {
  const { input, neighbourhood } = world;
  const plan = planOrganization(spec.archetype, random, { home: spec.home, region: spec.regionCodes }, spec.options);
  const planned = plan.services.slice(0, budget);
  const homeMunicipality = neighbourhood.municipality(spec.home);

  const organizationNumber = world.ids.organization.count;
  const name = uniqueName(world, () => organizationName(plan.kind, { region: spec.region, municipalityName: homeMunicipality.name }, random), homeMunicipality.name);
  const organization: Organization = {
    id: world.ids.organization.next(),
    name,
    kind: plan.kind,
    kvk: fictionalRegistrationNumber(organizationNumber + 1),
    agb: CARE_PROVIDERS.includes(plan.kind) ? fictionalRegistrationNumber(999_999 - (organizationNumber % 999_999)) : null,
    ura: null,
    website: fictionalWebsite(name),
    phone: null,
    fictional: true,
  };
  out.organizations.push(organization);

  const locations: Location[] = plan.locations.map((code) => {
    const municipality = neighbourhood.municipality(code);
    const location: Location = {
      id: world.ids.location.next(),
      organizationId: organization.id,
      name: plan.locations.length > 1 ? `${name}, locatie ${municipality.name}` : name,
      street: streetAddress(random),
      postcode: postcode(random),
      city: municipality.name,
      municipalityCode: code,
      point: jitter(municipality.point, 3, random),
    };
    out.locations.push(location);
    return location;
  });

  const factContext: FactContext = {
    random,
    newId: { contract: () => world.ids.contract.next(), pause: () => world.ids.pause.next(), wait: () => world.ids.wait.next() },
    now: input.now,
    today: world.today,
    organizationKind: plan.kind,
    concerns: world.concerns,
    contractRows: input.scope === 'demo' ? 'label' : 'concern',
    notYetDiagnosed: world.groupCodes.has(NOT_YET_DIAGNOSED_CODE) ? NOT_YET_DIAGNOSED_CODE : null,
  };
  for (const p of planned) {
    const location = p.location === null ? null : (locations[p.location] ?? null);
    const service = describeService({
      id: world.ids.service.next(),
      organizationId: organization.id,
      locationId: location?.id ?? null,
      planned: p,
      place: location && locations.length > 1 ? location.city : null,
      groupCodes: world.groupCodes,
      random,
    });
    out.services.push(service);
    const area = coverageFor({
      serviceId: service.id,
      newId: () => world.ids.coverage.next(),
      planned: p,
      home: location?.municipalityCode ?? spec.home,
      regionCodes: spec.regionCodes,
      today: world.today,
      random,
      neighbourhood,
    });
    for (const row of area) out.coverage.push(row);
    for (const row of contractsFor(service, factContext)) out.contracts.push(row);
    for (const row of pausesFor(service, factContext)) out.pauses.push(row);
    const waits = withQueueAndHistory(service, waitsFor(service, factContext), {
      random: createRandom(deriveSeed(input.seed, STREAM.waitHistory, world.ids.service.count)),
      newId: () => world.ids.waitHistory.next(),
      today: world.today,
      withHistory: input.scope === 'demo',
      months: HISTORY_MONTHS,
    });
    for (const row of waits) out.waits.push(row);
  }
}

export interface ChunkOptions {
  /** Yield a chunk once it holds at least this many services. */
  servicesPerChunk?: number;
}

/**
 * Generates the care map in chunks of whole organisations. Concatenating the chunks gives exactly
 * what generateCatalog returns, whatever the chunk size.
 */
export function* generateCatalogChunks(input: GeneratorInput, options: ChunkOptions = {}): Generator<GeneratedCatalog> {
  const world = prepare(input);
  const perChunk = Math.max(1, options.servicesPerChunk ?? 2_000);
  const limit = input.scope === 'demo' ? Infinity : input.scope.nationalServices;
  let produced = 0;
  let chunk = emptyCatalog();
  for (const { spec, random } of organizationSpecs(world)) {
    if (produced >= limit) break;
    const before = chunk.services.length;
    materialize(world, spec, random, limit - produced, chunk);
    produced += chunk.services.length - before;
    if (chunk.services.length >= perChunk) {
      yield chunk;
      chunk = emptyCatalog();
    }
  }
  if (chunk.organizations.length > 0) yield chunk;
}

/** Generates the whole care map at once (the demo regions, or a national set that fits in memory). */
export function generateCatalog(input: GeneratorInput): GeneratedCatalog {
  const all = emptyCatalog();
  for (const chunk of generateCatalogChunks(input)) appendCatalog(all, chunk);
  return all;
}

/** Appends the rows of `part` to `target`. */
export function appendCatalog(target: GeneratedCatalog, part: GeneratedCatalog): void {
  for (const key of Object.keys(target) as (keyof GeneratedCatalog)[]) {
    const rows = part[key] as unknown[];
    const into = target[key] as unknown[];
    for (const row of rows) into.push(row);
  }
}
