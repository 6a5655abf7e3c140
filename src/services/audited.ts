/**
 * The one choke point where data changes and their audit entries are written (style.md: load
 * scoped, authorise, check state, then change + audit in one transaction, notify after commit).
 *
 *   const referral = await audited(ctx, async (tx, { record, afterCommit }) => {
 *     const row = await insertReferral(tx, ...);
 *     record({ event: 'create', objectType: 'referral', objectId: row.id, subjectPseudonym: row.patientPseudonym });
 *     afterCommit(() => notifyProvider(row));
 *     return row;
 *   });
 *
 * Reads of personal data go through it as well (event 'read' or 'search'): when the audit entry
 * cannot be written, the read fails, so there is no access without a trace.
 */
import type { Db } from '../db/client';
import { appendAudit, appendAuditAlone } from '../db/audit-repository';
import type { Principal } from '../domain/access/permissions';
import type { AuditActor, AuditFact } from '../domain/audit/entry';
import type { AppServices } from './app-services';

/** Who is acting and from where: what every use case receives from the HTTP layer or the CLI. */
export interface UseCaseContext {
  services: AppServices;
  /** Null for an anonymous caller. */
  principal: Principal | null;
  requestId?: string | null;
  clientAddress?: string | null;
  /** The user or organisation on whose behalf the principal acts, when not their own. */
  onBehalfOf?: string | null;
  /** Overrides the actor derived from the principal (signing in, before there is a principal). */
  actor?: AuditActor;
}

export function actorOf(ctx: UseCaseContext): AuditActor {
  if (ctx.actor) return ctx.actor;
  return {
    userId: ctx.principal?.userId ?? null,
    role: ctx.principal?.role ?? null,
    organizationId: ctx.principal?.organizationId ?? null,
    onBehalfOf: ctx.onBehalfOf ?? null,
    requestId: ctx.requestId ?? null,
    clientAddress: ctx.clientAddress ?? null,
  };
}

export interface AuditRecorder {
  /** Adds an audit entry that is written in this transaction, after the work. */
  record(fact: AuditFact): void;
  /** Runs after the commit (notifications, cache refreshes); errors there are logged, not thrown. */
  afterCommit(effect: () => unknown): void;
}

/** Runs the work and its audit entries in one transaction, then the after-commit effects. */
export async function audited<T>(
  ctx: UseCaseContext,
  work: (tx: Db, recorder: AuditRecorder) => Promise<T>,
): Promise<T> {
  const effects: (() => unknown)[] = [];
  const result = await ctx.services.database.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const facts: AuditFact[] = [];
    const value = await work(tx, {
      record: (fact) => facts.push(fact),
      afterCommit: (effect) => effects.push(effect),
    });
    await appendAudit(tx, actorOf(ctx), facts, ctx.services.auth.clock());
    return value;
  });
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      console.error('after-commit effect failed', error);
    }
  }
  return result;
}

/** Writes audit entries that accompany no data change (a failed sign-in, a refused access). */
export async function auditOnly(
  ctx: UseCaseContext,
  facts: AuditFact[],
  actor: AuditActor = actorOf(ctx),
): Promise<void> {
  await appendAuditAlone(ctx.services.database.db, actor, facts, ctx.services.auth.clock());
}
