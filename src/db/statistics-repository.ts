/**
 * The SQL behind the Treeknorm monitoring and the regional dashboard: counts and figures over the
 * care map, never a row about a person (the care map holds none). Counting rules that are domain
 * rules (above the norm, median and spread, freshness classes) are applied by the domain modules
 * on what these queries return; grouping and counting that are plain SQL happen here.
 *
 * Municipality attribution (docs/monitoring.md): a service counts for the municipalities of its
 * werkgebied (service_coverage) that are valid today; a service without any coverage rows counts
 * for the municipality of its location; an online-only service without coverage counts for none.
 * A region is its list of municipality codes (the region table).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../domain/catalog/types';
import type { CareKind } from '../domain/catalog/vocabulary';
import { queryRows, type Db } from './client';

export interface StatisticsFilter {
  /** Only services that serve one of these municipalities; null for every service. */
  municipalityCodes: readonly string[] | null;
  /** Only this diagnosis group (a wait for "all groups" counts for each group its service treats). */
  diagnosisGroup: string | null;
  /** Only these kinds of care; null for every kind. */
  careKinds: readonly CareKind[] | null;
  /** The date coverage must be valid on. */
  today: IsoDate;
}

export interface RegionRow {
  id: string;
  name: string;
  municipalityCodes: string[];
}

export async function listRegions(db: Db): Promise<RegionRow[]> {
  return queryRows<RegionRow>(
    db,
    sql`select id, name, municipality_codes as "municipalityCodes" from region order by name`,
  );
}

/** A text[] parameter as one array literal (both drivers accept it). */
function textArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

/**
 * The services with the municipalities they count for, narrowed by kind and municipality, as a
 * CTE named `area` (service_id, kind, name, organization_id, diagnosis_groups, municipalities).
 */
function areaCte(filter: StatisticsFilter): SQL {
  const kinds = filter.careKinds ? sql`and s.kind = any(${textArray(filter.careKinds)})` : sql``;
  const where = filter.municipalityCodes
    ? sql`where attributed.municipalities && ${textArray(filter.municipalityCodes)}`
    : sql``;
  return sql`area as (
    select * from (
      select s.id as service_id, s.kind, s.name, s.organization_id, s.diagnosis_groups,
        case
          when exists (select 1 from service_coverage c0 where c0.service_id = s.id) then
            coalesce((
              select array_agg(distinct c.municipality_code order by c.municipality_code)
              from service_coverage c
              where c.service_id = s.id and c.valid_from <= ${filter.today}::date
                and (c.valid_to is null or c.valid_to >= ${filter.today}::date)
            ), '{}'::text[])
          when l.municipality_code is not null then array[l.municipality_code]
          else '{}'::text[]
        end as municipalities
      from service s
      left join location l on l.id = s.location_id
      where true ${kinds}
    ) attributed
    ${where}
  )`;
}

/** The municipality codes a per-municipality breakdown shows: those of the filter, or all. */
function municipalityScope(filter: StatisticsFilter, column: SQL): SQL {
  return filter.municipalityCodes ? sql`and ${column} = any(${textArray(filter.municipalityCodes)})` : sql``;
}

export interface WaitRow {
  serviceId: string;
  serviceName: string;
  organizationName: string;
  kind: CareKind;
  diagnosisGroup: string | null;
  /** The groups the wait counts for: its own, or for "all groups" every group its service treats. */
  groups: string[];
  municipalities: string[];
  registrationWeeks: number;
  treatmentWeeks: number;
  waitingCount: number | null;
  intakesPerMonth: number | null;
  startsPerMonth: number | null;
  measuredOn: IsoDate;
  confirmedAt: string;
  recordedAt: string;
}

interface RawWaitRow extends Omit<WaitRow, 'confirmedAt' | 'recordedAt'> {
  confirmedMs: number;
  recordedMs: number;
}

/**
 * Wait versions of the filtered services, recorded at or before `until`: only the newest per
 * service and diagnosis group (`current`), or every version (for the trend).
 */
export async function waitVersions(
  db: Db,
  filter: StatisticsFilter,
  options: { until: Date; current: boolean },
): Promise<WaitRow[]> {
  const group = filter.diagnosisGroup
    ? sql`and (w.diagnosis_group = ${filter.diagnosisGroup} or (w.diagnosis_group is null and ${filter.diagnosisGroup} = any(a.diagnosis_groups)))`
    : sql``;
  const distinct = options.current ? sql`distinct on (w.service_id, w.diagnosis_group)` : sql``;
  const order = options.current ? sql`order by w.service_id, w.diagnosis_group, w.recorded_at desc` : sql``;
  const rows = await queryRows<RawWaitRow>(
    db,
    sql`with ${areaCte(filter)}
      select ${distinct}
        a.service_id as "serviceId", a.name as "serviceName", o.name as "organizationName", a.kind,
        w.diagnosis_group as "diagnosisGroup",
        case when w.diagnosis_group is null then a.diagnosis_groups else array[w.diagnosis_group] end as groups,
        a.municipalities,
        w.registration_weeks::float8 as "registrationWeeks", w.treatment_weeks::float8 as "treatmentWeeks",
        w.waiting_count as "waitingCount", w.intakes_per_month as "intakesPerMonth", w.starts_per_month as "startsPerMonth",
        w.measured_on::text as "measuredOn",
        (extract(epoch from w.confirmed_at) * 1000)::float8 as "confirmedMs",
        (extract(epoch from w.recorded_at) * 1000)::float8 as "recordedMs"
      from area a
      join service_wait w on w.service_id = a.service_id
      join organization o on o.id = a.organization_id
      where w.recorded_at <= ${options.until.toISOString()}::timestamptz ${group}
      ${order}`,
  );
  return rows.map(({ confirmedMs, recordedMs, ...row }) => ({
    ...row,
    confirmedAt: new Date(confirmedMs).toISOString(),
    recordedAt: new Date(recordedMs).toISOString(),
  }));
}

/** The current wait versions of one service, with the queue figures (for its forecast). */
export async function currentWaitsOfService(db: Db, serviceId: string) {
  return queryRows<{
    diagnosisGroup: string | null;
    registrationWeeks: number;
    treatmentWeeks: number;
    waitingCount: number | null;
    intakesPerMonth: number | null;
    startsPerMonth: number | null;
    measuredOn: IsoDate;
  }>(
    db,
    sql`select distinct on (diagnosis_group)
        diagnosis_group as "diagnosisGroup", registration_weeks::float8 as "registrationWeeks",
        treatment_weeks::float8 as "treatmentWeeks", waiting_count as "waitingCount",
        intakes_per_month as "intakesPerMonth", starts_per_month as "startsPerMonth", measured_on::text as "measuredOn"
      from service_wait where service_id = ${serviceId}::uuid
      order by diagnosis_group, recorded_at desc`,
  );
}

/** The current registration pause (aanmeldstop) of each service in `area`, as a CTE named `paused`. */
const pausedCte = sql`paused as (
  select a.service_id, coalesce(p.active, false) as active
  from area a
  left join lateral (
    select sp.active from service_pause sp where sp.service_id = a.service_id order by sp.recorded_at desc limit 1
  ) p on true
)`;

export interface SupplyRow {
  /** Diagnosis group code or municipality code; '' for services without a diagnosis group. */
  key: string;
  label: string;
  services: number;
  /** Services with an active registration pause. */
  paused: number;
}

/** Number of services, and of those with an active pause, per diagnosis group or per municipality. */
export async function supplyCounts(db: Db, filter: StatisticsFilter, per: 'diagnosisGroup' | 'municipality'): Promise<SupplyRow[]> {
  if (per === 'diagnosisGroup') {
    return queryRows<SupplyRow>(
      db,
      sql`with ${areaCte(filter)}, ${pausedCte}
        select g.code as key, coalesce(dg.name, 'Geen specifieke diagnosegroep') as label,
          count(*)::int as services, count(*) filter (where p.active)::int as paused
        from area a
        join paused p on p.service_id = a.service_id
        cross join lateral unnest(case when cardinality(a.diagnosis_groups) = 0 then array['']::text[] else a.diagnosis_groups end) as g(code)
        left join diagnosis_group dg on dg.code = g.code
        ${filter.diagnosisGroup ? sql`where g.code = ${filter.diagnosisGroup}` : sql``}
        group by g.code, dg.name
        order by g.code = '', g.code`,
    );
  }
  return queryRows<SupplyRow>(
    db,
    sql`with ${areaCte(filter)}, ${pausedCte}
      select m.code as key, coalesce(mu.name, m.code) as label,
        count(*)::int as services, count(*) filter (where p.active)::int as paused
      from area a
      join paused p on p.service_id = a.service_id
      cross join lateral unnest(a.municipalities) as m(code)
      left join municipality mu on mu.code = m.code
      where true ${filter.diagnosisGroup ? sql`and ${filter.diagnosisGroup} = any(a.diagnosis_groups)` : sql``}
        ${municipalityScope(filter, sql`m.code`)}
      group by m.code, mu.name
      order by coalesce(mu.name, m.code)`,
  );
}

export interface InsurerRow {
  insurerId: string;
  label: string;
  /** Services contracted by the insurer this year. */
  contracted: number;
  /** Of those, with the revenue ceiling reached (omzetplafond bereikt). */
  ceilingReached: number;
  /** Of those, with the ceiling almost reached. */
  ceilingAlmost: number;
  /** Of those, with an active registration pause. */
  paused: number;
}

/** Per insurer: contracted services this year, reached and nearly reached ceilings, and pauses. */
export async function insurerCounts(db: Db, filter: StatisticsFilter, year: number): Promise<InsurerRow[]> {
  const group = filter.diagnosisGroup ? sql`and ${filter.diagnosisGroup} = any(a.diagnosis_groups)` : sql``;
  return queryRows<InsurerRow>(
    db,
    sql`with ${areaCte(filter)}, ${pausedCte},
      contract as (
        select distinct on (sc.service_id, sc.insurer_id) sc.service_id, sc.insurer_id, sc.contracted, sc.ceiling
        from service_contract sc
        join area a on a.service_id = sc.service_id
        where sc.year = ${year} ${group}
        order by sc.service_id, sc.insurer_id, sc.recorded_at desc
      )
      select c.insurer_id as "insurerId", coalesce(i.label, c.insurer_id) as label,
        count(*) filter (where c.contracted)::int as contracted,
        count(*) filter (where c.contracted and c.ceiling = 'bereikt')::int as "ceilingReached",
        count(*) filter (where c.contracted and c.ceiling = 'bijna')::int as "ceilingAlmost",
        count(*) filter (where c.contracted and p.active)::int as paused
      from contract c
      join paused p on p.service_id = c.service_id
      left join insurer i on i.id = c.insurer_id
      group by c.insurer_id, i.label
      order by coalesce(i.label, c.insurer_id)`,
  );
}

export type FactKind = 'wachttijd' | 'aanmeldstop' | 'contract';

export interface FactAgeRow {
  fact: FactKind;
  /** Whole days since the fact was measured or last confirmed; null when a wait is missing. */
  ageDays: number | null;
  count: number;
}

/**
 * How old the current facts are, counted per whole day of age (the freshness classes are the
 * domain's, staleness.ts): waits (measured or confirmed, whichever is newer), pauses, this year's
 * contracts. A mental-health or other service with waiting lists but no wait at all counts as a
 * missing wait (age null).
 */
export async function factAges(db: Db, filter: StatisticsFilter, now: Date, waitKinds: readonly CareKind[]): Promise<FactAgeRow[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const age = (moment: SQL) => sql`floor(extract(epoch from (${at} - ${moment})) / 86400)::int`;
  const group = filter.diagnosisGroup ? sql`and ${filter.diagnosisGroup} = any(a.diagnosis_groups)` : sql``;
  const waitGroup = filter.diagnosisGroup
    ? sql`and (w.diagnosis_group = ${filter.diagnosisGroup} or (w.diagnosis_group is null and ${filter.diagnosisGroup} = any(a.diagnosis_groups)))`
    : sql``;
  const year = Number(filter.today.slice(0, 4));
  return queryRows<FactAgeRow>(
    db,
    sql`with ${areaCte(filter)},
      wait as (
        select distinct on (w.service_id, w.diagnosis_group) w.service_id,
          greatest((w.measured_on::timestamp at time zone 'UTC'), w.confirmed_at) as moment
        from service_wait w join area a on a.service_id = w.service_id
        where w.recorded_at <= ${at} ${waitGroup}
        order by w.service_id, w.diagnosis_group, w.recorded_at desc
      ),
      pause as (
        select distinct on (p.service_id) p.service_id, p.confirmed_at as moment
        from service_pause p join area a on a.service_id = p.service_id
        where p.recorded_at <= ${at} ${group}
        order by p.service_id, p.recorded_at desc
      ),
      contract as (
        select distinct on (c.service_id, c.insurer_id) c.service_id, c.confirmed_at as moment
        from service_contract c join area a on a.service_id = c.service_id
        where c.year = ${year} and c.recorded_at <= ${at} ${group}
        order by c.service_id, c.insurer_id, c.recorded_at desc
      )
      select 'wachttijd' as fact, greatest(0, ${age(sql`moment`)}) as "ageDays", count(*)::int as count from wait group by 2
      union all
      select 'wachttijd', null, count(*)::int from area a
        where a.kind = any(${textArray(waitKinds)}) ${group}
          and not exists (select 1 from wait w where w.service_id = a.service_id)
        having count(*) > 0
      union all
      select 'aanmeldstop', greatest(0, ${age(sql`moment`)}), count(*)::int from pause group by 2
      union all
      select 'contract', greatest(0, ${age(sql`moment`)}), count(*)::int from contract group by 2`,
  );
}
