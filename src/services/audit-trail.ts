/**
 * The audit trail for people: the audit view of the coordinator and administrator, the overview
 * per person of who accessed their data (the patient's right of access), verification of the hash
 * chain and the retention purge. Every look at the trail is itself written to the trail.
 */
import { inArray } from 'drizzle-orm';
import { reachFor } from '../domain/access/permissions';
import { AUDIT_EVENTS, type AuditRecord } from '../domain/audit/entry';
import { retentionCutoff } from '../domain/audit/retention';
import { listAudit, purgeAuditBefore, verifyStoredChain, type AuditFilter } from '../db/audit-repository';
import type { Db } from '../db/client';
import { appUser, organization } from '../db/schema';
import type { AppServices } from './app-services';
import { audited, type UseCaseContext } from './audited';

export interface AuditEntryView extends AuditRecord {
  eventLabel: string;
  actorName: string | null;
  actorOrganizationName: string | null;
}

async function withNames(db: Db, records: AuditRecord[]): Promise<AuditEntryView[]> {
  const userIds = [...new Set(records.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
  const orgIds = [...new Set(records.flatMap((r) => (r.actorOrganizationId ? [r.actorOrganizationId] : [])))];
  const users = userIds.length
    ? await db
        .select({ id: appUser.id, name: appUser.displayName })
        .from(appUser)
        .where(inArray(appUser.id, userIds))
    : [];
  const orgs = orgIds.length
    ? await db
        .select({ id: organization.id, name: organization.name })
        .from(organization)
        .where(inArray(organization.id, orgIds))
    : [];
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  return records.map((r) => ({
    ...r,
    eventLabel: AUDIT_EVENTS.find((e) => e.id === r.event)?.label ?? r.event,
    actorName: r.actorUserId ? (userName.get(r.actorUserId) ?? null) : null,
    actorOrganizationName: r.actorOrganizationId ? (orgName.get(r.actorOrganizationId) ?? null) : null,
  }));
}

/** The audit view: entries matching a filter, newest first. Looking is logged. */
export async function searchAuditTrail(ctx: UseCaseContext, filter: AuditFilter): Promise<AuditEntryView[]> {
  reachFor(ctx.principal, 'audit:read');
  return audited(ctx, async (tx, { record }) => {
    const records = await listAudit(tx, filter);
    record({
      event: 'audit-read',
      objectType: 'audit-trail',
      subjectPseudonym: filter.subjectPseudonym ?? null,
      details: {
        view: 'zoeken',
        results: records.length,
        ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
        ...(filter.event ? { event: filter.event } : {}),
      },
    });
    return withNames(tx, records);
  });
}

/**
 * Who accessed one person's data, oldest first: for the patient's right of access (inzagerecht)
 * under the AVG and NEN 7513. Looking is logged, under the same pseudonym.
 */
export async function personAccessOverview(
  ctx: UseCaseContext,
  pseudonym: string,
  limit: number,
): Promise<AuditEntryView[]> {
  reachFor(ctx.principal, 'audit:read');
  return audited(ctx, async (tx, { record }) => {
    const records = await listAudit(tx, { subjectPseudonym: pseudonym, limit });
    record({
      event: 'audit-read',
      objectType: 'audit-trail',
      subjectPseudonym: pseudonym,
      details: { view: 'per-persoon', results: records.length },
    });
    return withNames(tx, records.reverse());
  });
}

/**
 * The same overview as a CSV file to hand to the patient (export/print). Logged as an export of
 * that person's data.
 */
export async function exportPersonAccessOverview(ctx: UseCaseContext, pseudonym: string): Promise<string> {
  reachFor(ctx.principal, 'audit:read');
  return audited(ctx, async (tx, { record }) => {
    const records = await withNames(
      tx,
      (await listAudit(tx, { subjectPseudonym: pseudonym, limit: 10_000 })).reverse(),
    );
    record({
      event: 'export',
      objectType: 'audit-trail',
      subjectPseudonym: pseudonym,
      details: { view: 'per-persoon', format: 'csv', rows: records.length },
    });
    return accessOverviewCsv(records);
  });
}

/** A spreadsheet-safe cell: quoted, and a leading =, +, - or @ neutralised (no formula injection). */
function cell(value: string | null): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** The per-person overview as CSV (semicolons, as Dutch spreadsheet programs expect). */
export function accessOverviewCsv(entries: AuditEntryView[]): string {
  const header = ['Tijdstip', 'Gebeurtenis', 'Uitkomst', 'Gebruiker', 'Rol', 'Organisatie', 'Object'];
  const rows = entries.map((e) =>
    [
      e.at,
      e.eventLabel,
      e.outcome === 'success' ? 'gelukt' : 'mislukt',
      e.actorName,
      e.actorRole,
      e.actorOrganizationName,
      [e.objectType, e.objectId].filter(Boolean).join(' '),
    ]
      .map(cell)
      .join(';'),
  );
  return [header.map(cell).join(';'), ...rows].join('\r\n') + '\r\n';
}

/** Checks the whole hash chain; the check itself is logged. */
export async function verifyAuditTrail(ctx: UseCaseContext) {
  reachFor(ctx.principal, 'audit:verify');
  const verdict = await verifyStoredChain(ctx.services.database.db);
  await audited(ctx, async (_tx, { record }) => {
    record({
      event: 'audit-read',
      objectType: 'audit-trail',
      details: { view: 'controle', ok: verdict.ok, checked: verdict.checked },
    });
  });
  return verdict;
}

/** Removes entries past the configured retention, leaving an anchor; the purge is logged in the chain. */
export async function purgeExpiredAudit(services: AppServices): Promise<{ purged: number; cutoff: Date }> {
  const cutoff = retentionCutoff(services.auth.clock(), services.auth.config.auditRetentionYears);
  const result = await purgeAuditBefore(services.database.db, cutoff);
  if (result.purged > 0) {
    await audited({ services, principal: null }, async (_tx, { record }) => {
      record({
        event: 'audit-purge',
        objectType: 'audit-trail',
        details: {
          purged: result.purged,
          cutoff: cutoff.toISOString(),
          anchorSeq: result.anchor?.seq ?? null,
        },
      });
    });
  }
  return { purged: result.purged, cutoff };
}
