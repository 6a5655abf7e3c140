/**
 * Use case: how current a provider's facts are (actualiteit). A provider's staff see their own
 * organisation's list of facts to confirm; the regional coordinator and the administrator see a
 * summary per organisation and, for one organisation, its list. The rules are pure
 * (src/domain/waiting/currency.ts); this file loads the facts in the caller's reach and adds who
 * would receive a reminder and when the last one was written.
 */
import { forbidden, reachFor, type Reach } from '../domain/access/permissions';
import { dateInNetherlands } from '../domain/calendar/iso-date';
import { notFound } from '../domain/errors';
import {
  countFacts,
  factsToConfirm,
  REMINDER_KIND,
  type CurrencyCounts,
  type FactToConfirm,
} from '../domain/waiting/currency';
import {
  lastMessageAt,
  loadProviderFacts,
  providerRecipients,
  type ProviderFacts,
} from '../db/freshness-repository';
import type { Db } from '../db/client';
import type { UseCaseContext } from './audited';

export interface OrganizationCurrency extends CurrencyCounts {
  organizationId: string;
  organizationName: string;
  organizationKind: string;
  services: number;
  /** How many provider staff addresses a reminder would go to. */
  recipients: number;
  /** When the last reminder for this organisation was written to the outbox. */
  lastReminderAt: string | null;
}

export interface OrganizationFactList {
  organizationId: string;
  organizationName: string;
  items: FactToConfirm[];
}

export interface FreshnessOverview {
  /** The ISO date (in the Netherlands) the ages are counted to. */
  today: string;
  organizations: OrganizationCurrency[];
  /** The list of one organisation: the provider's own, or the one the coordinator asked for. */
  detail: OrganizationFactList | null;
}

/** One organisation's facts with its list, worst first. */
export interface AssessedOrganization {
  facts: ProviderFacts;
  items: FactToConfirm[];
}

/** Loads the organisations in reach (or one) and assesses their facts at `now`. */
export async function assessOrganizations(
  db: Db,
  reach: Reach,
  now: Date,
  organizationId?: string,
): Promise<AssessedOrganization[]> {
  const year = Number(dateInNetherlands(now).slice(0, 4));
  const organizations = await loadProviderFacts(db, reach, { organizationId, year });
  return organizations.map((facts) => ({ facts, items: factsToConfirm(facts, now) }));
}

/** The overview for the caller (permission freshness:read). */
export async function freshnessOverview(
  ctx: UseCaseContext,
  input: { organizationId?: string | undefined },
): Promise<FreshnessOverview> {
  const reach = reachFor(ctx.principal, 'freshness:read');
  if (
    reach.kind === 'organization' &&
    input.organizationId &&
    input.organizationId !== reach.organizationId
  ) {
    throw forbidden('freshness of another organisation');
  }
  const only = reach.kind === 'organization' ? reach.organizationId : input.organizationId;
  const now = ctx.services.now();
  const db = ctx.services.database.db;
  const assessed = await assessOrganizations(db, reach, now, only);
  if (only && assessed.length === 0) throw notFound('De organisatie');

  const ids = assessed.map((a) => a.facts.organizationId);
  const recipients = await providerRecipients(db, ids);
  const reminded = await lastMessageAt(db, REMINDER_KIND, ids);
  const organizations = assessed.map(({ facts, items }) => ({
    organizationId: facts.organizationId,
    organizationName: facts.organizationName,
    organizationKind: facts.organizationKind,
    services: facts.services.length,
    ...countFacts(items),
    recipients: recipients.get(facts.organizationId)?.length ?? 0,
    lastReminderAt: reminded.get(facts.organizationId) ?? null,
  }));
  const one = only ? assessed[0] : undefined;
  return {
    today: dateInNetherlands(now),
    organizations,
    detail: one
      ? {
          organizationId: one.facts.organizationId,
          organizationName: one.facts.organizationName,
          items: one.items,
        }
      : null,
  };
}
