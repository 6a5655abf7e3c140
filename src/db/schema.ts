/**
 * The database schema (Drizzle, PostgreSQL 15 subset so that PGlite and Debian's PostgreSQL both
 * run it). Migrations in src/db/migrations are generated from this file with `npm run db:generate`
 * and applied by the app on start (src/db/migrate.ts).
 *
 * Facts that change (contracts and ceilings, pauses, waiting times) live in append-only version
 * tables: an update inserts a row, and the current value is the newest row per key.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CARE_KIND_IDS,
  CEILING_STATE_IDS,
  ORGANIZATION_KIND_IDS,
  REFERRAL_CHANNEL_IDS,
  WAIT_BASIS_IDS,
} from '../domain/catalog/vocabulary';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

// ---- reference data ----

export const municipality = pgTable('municipality', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  province: text('province').notNull(),
  lat: doublePrecision('lat').notNull(),
  lon: doublePrecision('lon').notNull(),
});

export const insurer = pgTable('insurer', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  concern: text('concern').notNull(),
  uzovi: text('uzovi'),
});

export const diagnosisGroup = pgTable('diagnosis_group', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  status: text('status').notNull(),
});

// ---- the care map ----

export const organization = pgTable(
  'organization',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    kvk: text('kvk'),
    agb: text('agb'),
    ura: text('ura'),
    website: text('website'),
    phone: text('phone'),
    fictional: boolean('fictional').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('organization_kind', inList('kind', ORGANIZATION_KIND_IDS)),
    check('organization_kvk_format', sql`${t.kvk} is null or ${t.kvk} ~ '^[0-9]{8}$'`),
    check('organization_agb_format', sql`${t.agb} is null or ${t.agb} ~ '^[0-9]{8}$'`),
  ],
);

export const location = pgTable(
  'location',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    name: text('name').notNull(),
    street: text('street'),
    postcode: text('postcode'),
    city: text('city').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
  },
  (t) => [
    index('location_organization_idx').on(t.organizationId),
    check('location_postcode_format', sql`${t.postcode} is null or ${t.postcode} ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'`),
  ],
);

export const service = pgTable(
  'service',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    locationId: uuid('location_id').references(() => location.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind').notNull(),
    diagnosisGroups: text('diagnosis_groups').array().notNull().default(sql`'{}'`),
    themes: text('themes').array().notNull().default(sql`'{}'`),
    ageMin: integer('age_min').notNull().default(18),
    ageMax: integer('age_max'),
    exclusions: text('exclusions').array().notNull().default(sql`'{}'`),
    exclusionNote: text('exclusion_note'),
    modalities: text('modalities').array().notNull().default(sql`'{}'`),
    languages: text('languages').array().notNull().default(sql`'{nl}'`),
    referralChannel: text('referral_channel').notNull(),
    gpReferralRequired: boolean('gp_referral_required').notNull().default(false),
    fictional: boolean('fictional').notNull().default(false),
    search: tsvector('search').generatedAlwaysAs(
      sql`to_tsvector('dutch_unaccent', coalesce(name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(exclusion_note, ''))`,
    ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Bumped on every change to the service or one of its facts; app processes poll it. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_organization_idx').on(t.organizationId),
    index('service_updated_idx').on(t.updatedAt),
    index('service_search_idx').using('gin', t.search),
    index('service_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    check('service_kind', inList('kind', CARE_KIND_IDS)),
    check('service_referral_channel', inList('referral_channel', REFERRAL_CHANNEL_IDS)),
    check('service_age_range', sql`${t.ageMin} >= 0 and (${t.ageMax} is null or ${t.ageMax} >= ${t.ageMin})`),
  ],
);

export const serviceCoverage = pgTable(
  'service_coverage',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipality.code),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    index('service_coverage_service_idx').on(t.serviceId),
    check('service_coverage_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Common columns of every versioned fact: who said it, when it was confirmed, when we stored it. */
const provenance = () => ({
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  source: text('source').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  /** The user who entered the version (portal, import, API key's creator); null for seeds. */
  recordedBy: uuid('recorded_by'),
});

export const serviceContract = pgTable(
  'service_contract',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    insurerId: text('insurer_id')
      .notNull()
      .references(() => insurer.id),
    year: integer('year').notNull(),
    contracted: boolean('contracted').notNull(),
    ceiling: text('ceiling').notNull(),
    ...provenance(),
  },
  (t) => [
    index('service_contract_current_idx').on(t.serviceId, t.insurerId, t.year, t.recordedAt),
    check('service_contract_ceiling', inList('ceiling', CEILING_STATE_IDS)),
  ],
);

export const servicePause = pgTable(
  'service_pause',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    active: boolean('active').notNull(),
    reason: text('reason'),
    expectedEnd: date('expected_end'),
    ...provenance(),
  },
  (t) => [index('service_pause_current_idx').on(t.serviceId, t.recordedAt)],
);

export const serviceWait = pgTable(
  'service_wait',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    /** Null means: the same wait for every diagnosis group (as basis-ggz reports). */
    diagnosisGroup: text('diagnosis_group').references(() => diagnosisGroup.code),
    registrationWeeks: real('registration_weeks').notNull(),
    treatmentWeeks: real('treatment_weeks').notNull(),
    basis: text('basis').notNull(),
    waitingCount: integer('waiting_count'),
    /** Intakes per month, for the forecast (queue length divided by throughput). */
    intakesPerMonth: integer('intakes_per_month'),
    /** Starts of treatment per month. */
    startsPerMonth: integer('starts_per_month'),
    measuredOn: date('measured_on').notNull(),
    ...provenance(),
  },
  (t) => [
    index('service_wait_current_idx').on(t.serviceId, t.diagnosisGroup, t.recordedAt),
    check('service_wait_basis', inList('basis', WAIT_BASIS_IDS)),
    check(
      'service_wait_weeks',
      sql`${t.registrationWeeks} >= 0 and ${t.treatmentWeeks} >= 0 and ${t.registrationWeeks} < 520 and ${t.treatmentWeeks} < 520`,
    ),
    check('service_wait_count', sql`${t.waitingCount} is null or ${t.waitingCount} >= 0`),
    check(
      'service_wait_throughput',
      sql`(${t.intakesPerMonth} is null or ${t.intakesPerMonth} >= 0) and (${t.startsPerMonth} is null or ${t.startsPerMonth} >= 0)`,
    ),
  ],
);

// ---- regional rules for route advice ----

/** A region whose referral desk keeps its own rules (e.g. a Mentaal Gezondheidsnetwerk). */
export const region = pgTable('region', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  municipalityCodes: text('municipality_codes').array().notNull(),
  source: text('source').notNull(),
});

/**
 * Versions of regional route rules. A rule is identified by `ruleId`; the current rule is its
 * newest version, and a version with `retired` ends it. Nothing is updated or deleted, so the
 * history of every change (who, when, why) stays. `details` holds route-specific limits (maximum
 * contacts, session rhythm, answer time) validated by the domain before it is stored.
 */
export const routeRuleVersion = pgTable(
  'route_rule_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleId: text('rule_id').notNull(),
    scopeKind: text('scope_kind').notNull(),
    scopeCode: text('scope_code').notNull(),
    route: text('route').notNull(),
    available: boolean('available').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    note: text('note'),
    source: text('source').notNull(),
    retired: boolean('retired').notNull().default(false),
    changedBy: text('changed_by').notNull(),
    changeReason: text('change_reason'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('route_rule_version_rule_idx').on(t.ruleId, t.recordedAt),
    check('route_rule_scope_kind', inList('scope_kind', ['regio', 'gemeente', 'woonplaats'])),
    check('route_rule_period', sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

// ---- accounts, sessions and the audit trail ----

export * from './schema-auth';
export * from './schema-portal';
export * from './schema-referrals';
