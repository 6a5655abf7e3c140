/**
 * Reads for currency (actualiteit): per organisation the current facts of its services (the newest
 * version of each wait per diagnosis group, the pause state, the contracts of one year per insurer),
 * who receives its reminders (the e-mail addresses of its active provider staff) and when it was
 * last reminded. Every query is narrowed by the caller's reach on the organisation.
 */
import { and, desc, eq, exists, inArray, max, sql, type SQL } from 'drizzle-orm';
import type { Reach } from '../domain/access/permissions';
import type { CareKind, CeilingState } from '../domain/catalog/vocabulary';
import type {
  ContractFactInput,
  OrganizationFactsInput,
  PauseFactInput,
  WaitFactInput,
} from '../domain/waiting/currency';
import type { Db } from './client';
import { scopedTo } from './scope';
import {
  appUser,
  diagnosisGroup,
  insurer,
  membership,
  organization,
  outboxMessage,
  service,
  serviceContract,
  servicePause,
  serviceWait,
} from './schema';

export interface ProviderFacts extends OrganizationFactsInput {
  organizationKind: string;
}

const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

/**
 * The organisations in reach (or the one `organizationId`) with the current facts of their
 * services, ordered by name. Without `organizationId`, only organisations that offer a service.
 * Contracts are those of `year`.
 */
export async function loadProviderFacts(
  db: Db,
  reach: Reach,
  options: { organizationId?: string | undefined; year: number },
): Promise<ProviderFacts[]> {
  const own = scopedTo(reach, { organizations: [service.organizationId] });
  const only = options.organizationId ? eq(service.organizationId, options.organizationId) : undefined;
  const organizations = await db
    .select({ id: organization.id, name: organization.name, kind: organization.kind })
    .from(organization)
    .where(
      and(
        scopedTo(reach, { organizations: [organization.id] }),
        options.organizationId
          ? eq(organization.id, options.organizationId)
          : exists(
              db
                .select({ one: sql`1` })
                .from(service)
                .where(eq(service.organizationId, organization.id)),
            ),
      ),
    )
    .orderBy(organization.name, organization.id);
  if (organizations.length === 0) return [];

  const services = await db
    .select({
      id: service.id,
      organizationId: service.organizationId,
      name: service.name,
      kind: service.kind,
    })
    .from(service)
    .where(and(own, only))
    .orderBy(service.name, service.id);
  const waits = await db
    .selectDistinctOn([serviceWait.serviceId, serviceWait.diagnosisGroup], {
      serviceId: serviceWait.serviceId,
      diagnosisGroup: serviceWait.diagnosisGroup,
      diagnosisGroupName: diagnosisGroup.name,
      measuredOn: serviceWait.measuredOn,
      confirmedAt: serviceWait.confirmedAt,
    })
    .from(serviceWait)
    .innerJoin(service, eq(service.id, serviceWait.serviceId))
    .leftJoin(diagnosisGroup, eq(diagnosisGroup.code, serviceWait.diagnosisGroup))
    .where(and(own, only))
    .orderBy(serviceWait.serviceId, serviceWait.diagnosisGroup, desc(serviceWait.recordedAt));
  const pauses = await db
    .selectDistinctOn([servicePause.serviceId], {
      serviceId: servicePause.serviceId,
      active: servicePause.active,
      expectedEnd: servicePause.expectedEnd,
      confirmedAt: servicePause.confirmedAt,
    })
    .from(servicePause)
    .innerJoin(service, eq(service.id, servicePause.serviceId))
    .where(and(own, only))
    .orderBy(servicePause.serviceId, desc(servicePause.recordedAt));
  const contracts = await db
    .selectDistinctOn([serviceContract.serviceId, serviceContract.insurerId], {
      serviceId: serviceContract.serviceId,
      insurerId: serviceContract.insurerId,
      insurerLabel: insurer.label,
      year: serviceContract.year,
      contracted: serviceContract.contracted,
      ceiling: serviceContract.ceiling,
      confirmedAt: serviceContract.confirmedAt,
    })
    .from(serviceContract)
    .innerJoin(service, eq(service.id, serviceContract.serviceId))
    .innerJoin(insurer, eq(insurer.id, serviceContract.insurerId))
    .where(and(own, only, eq(serviceContract.year, options.year)))
    .orderBy(serviceContract.serviceId, serviceContract.insurerId, desc(serviceContract.recordedAt));

  interface Gathered {
    serviceId: string;
    serviceName: string;
    kind: CareKind;
    waits: WaitFactInput[];
    pause: PauseFactInput | null;
    contracts: ContractFactInput[];
  }
  const byService = new Map<string, Gathered>();
  const servicesOf = new Map<string, Gathered[]>();
  for (const s of services) {
    const facts: Gathered = {
      serviceId: s.id,
      serviceName: s.name,
      kind: s.kind as CareKind,
      waits: [],
      pause: null,
      contracts: [],
    };
    byService.set(s.id, facts);
    servicesOf.set(s.organizationId, [...(servicesOf.get(s.organizationId) ?? []), facts]);
  }
  for (const w of waits) {
    byService.get(w.serviceId)?.waits.push({
      diagnosisGroup: w.diagnosisGroup,
      diagnosisGroupName: w.diagnosisGroup === null ? null : (w.diagnosisGroupName ?? w.diagnosisGroup),
      measuredOn: w.measuredOn,
      confirmedAt: iso(w.confirmedAt),
    });
  }
  for (const p of pauses) {
    const facts = byService.get(p.serviceId);
    if (facts)
      facts.pause = { active: p.active, expectedEnd: p.expectedEnd, confirmedAt: iso(p.confirmedAt) };
  }
  for (const c of contracts) {
    byService.get(c.serviceId)?.contracts.push({
      insurerId: c.insurerId,
      insurerLabel: c.insurerLabel,
      year: c.year,
      contracted: c.contracted,
      ceiling: c.ceiling as CeilingState,
      confirmedAt: iso(c.confirmedAt),
    });
  }
  return organizations.map((o) => ({
    organizationId: o.id,
    organizationName: o.name,
    organizationKind: o.kind,
    services: servicesOf.get(o.id) ?? [],
  }));
}

/**
 * Who receives an organisation's reminders: the e-mail addresses of its active users with the role
 * aanbieder-medewerker (provider staff), per organisation, in alphabetical order.
 */
export async function providerRecipients(
  db: Db,
  organizationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const recipients = new Map<string, string[]>();
  if (organizationIds.length === 0) return recipients;
  const rows = await db
    .select({ organizationId: membership.organizationId, email: appUser.email })
    .from(membership)
    .innerJoin(appUser, eq(appUser.id, membership.userId))
    .where(
      and(
        inArray(membership.organizationId, [...organizationIds]),
        eq(membership.role, 'aanbieder-medewerker'),
        eq(appUser.active, true),
      ),
    )
    .orderBy(membership.organizationId, appUser.email);
  for (const row of rows)
    recipients.set(row.organizationId, [...(recipients.get(row.organizationId) ?? []), row.email]);
  return recipients;
}

/** When each organisation was last sent (written) a message of this kind. */
export async function lastMessageAt(
  db: Db,
  kind: string,
  organizationIds: readonly string[],
): Promise<Map<string, string>> {
  if (organizationIds.length === 0) return new Map();
  const condition: SQL | undefined = and(
    eq(outboxMessage.kind, kind),
    inArray(outboxMessage.organizationId, [...organizationIds]),
  );
  const rows = await db
    .select({ organizationId: outboxMessage.organizationId, at: max(outboxMessage.createdAt) })
    .from(outboxMessage)
    .where(condition)
    .groupBy(outboxMessage.organizationId);
  return new Map(
    rows.flatMap((r) =>
      r.organizationId && r.at ? [[r.organizationId, iso(r.at)] as [string, string]] : [],
    ),
  );
}
