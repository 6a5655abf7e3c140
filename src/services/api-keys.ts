/**
 * API keys and the provider system endpoint (issue #5, item 2): a provider's staff member makes a
 * key for the organisation's own system (EPD, planning) and sees it once; the system then posts
 * waiting times and registration pauses with `Authorization: Bearer <key>`. Only the SHA-256 of a
 * key is stored (src/domain/portal/api-key.ts). A key acts as its creator in the role of the
 * provider's staff, for the key's organisation only, and stops working when revoked, when the
 * creator's account is deactivated, or when the creator no longer may manage that organisation's keys.
 *
 * A post is all or nothing, like a file import: every row is checked (service of the key's
 * organisation, the portal's fact rules, no row twice), and only when none is rejected are all new
 * versions written in one transaction; the answer is a report per row.
 */
import { randomBytes } from 'node:crypto';
import { decide, reachCoversOrganization, reachFor, type Principal } from '../domain/access/permissions';
import { isRole } from '../domain/access/roles';
import { DomainError, notFound } from '../domain/errors';
import {
  apiKeyPrefix,
  formatApiKey,
  hashApiKey,
  looksLikeApiKey,
  API_KEY_RANDOM_BYTES,
} from '../domain/portal/api-key';
import {
  pauseProblems,
  pauseValues,
  samePause,
  sameWait,
  waitProblems,
  waitValues,
  type PauseInput,
  type WaitInput,
} from '../domain/portal/fact-input';
import {
  countActiveApiKeys,
  currentFactRows,
  findApiKey,
  findPortalServices,
  findUsableApiKey,
  insertApiKey,
  listApiKeys as listApiKeyRows,
  markApiKeyUsed,
  revokeApiKey as revokeApiKeyRow,
  type ApiKeyRow,
} from '../db/portal-repository';
import { insertPauseVersions, insertWaitVersions, touchServices } from '../db/wait-import-repository';
import type { AppServices } from './app-services';
import { auditOnly, audited, type UseCaseContext } from './audited';
import { factContext, portalOrganization } from './provider-portal';

/** Active keys per organisation; more is a sign that old keys are not revoked. */
export const MAX_ACTIVE_KEYS = 10;

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

function keyView(key: ApiKeyRow, createdByName: string | null): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    createdByName,
    lastUsedAt: isoOrNull(key.lastUsedAt),
    revokedAt: isoOrNull(key.revokedAt),
  };
}

export async function listApiKeys(
  ctx: UseCaseContext,
  organizationId: string | undefined,
): Promise<{ organization: { id: string; name: string }; keys: ApiKeyView[] }> {
  const reach = reachFor(ctx.principal, 'api-key:manage');
  const organization = await portalOrganization(ctx, reach, organizationId);
  const rows = await listApiKeyRows(ctx.services.database.db, organization.id);
  return { organization, keys: rows.map((r) => keyView(r.key, r.createdByName)) };
}

/** Makes a key; the answer holds the key itself, which is never shown again. */
export async function createApiKey(
  ctx: UseCaseContext,
  input: { name: string; organizationId?: string | undefined },
): Promise<{ key: string; apiKey: ApiKeyView }> {
  const reach = reachFor(ctx.principal, 'api-key:manage');
  const organization = await portalOrganization(ctx, reach, input.organizationId);
  const key = formatApiKey(randomBytes(API_KEY_RANDOM_BYTES));
  const row = await audited(ctx, async (tx, { record }) => {
    if ((await countActiveApiKeys(tx, organization.id)) >= MAX_ACTIVE_KEYS)
      throw new DomainError(
        'conflict',
        `Deze organisatie heeft al ${MAX_ACTIVE_KEYS} actieve API-sleutels. Trek eerst een sleutel in die niet meer wordt gebruikt.`,
      );
    const inserted = await insertApiKey(tx, {
      organizationId: organization.id,
      name: input.name.trim(),
      prefix: apiKeyPrefix(key),
      keyHash: hashApiKey(key),
      createdBy: ctx.principal?.userId ?? null,
    });
    record({
      event: 'create',
      objectType: 'api-key',
      objectId: inserted.id,
      details: { organizationId: organization.id },
    });
    return inserted;
  });
  return { key, apiKey: keyView(row, ctx.principal?.displayName ?? null) };
}

/** Revokes a key (intrekken); the row stays, so the list shows when it was revoked. */
export async function revokeApiKey(ctx: UseCaseContext, id: string): Promise<ApiKeyView> {
  const reach = reachFor(ctx.principal, 'api-key:manage');
  const db = ctx.services.database.db;
  const found = await findApiKey(db, id);
  if (!found || !reachCoversOrganization(reach, [found.organizationId])) throw notFound('De API-sleutel');
  if (found.revokedAt) throw new DomainError('conflict', 'Deze API-sleutel is al ingetrokken.');
  const at = ctx.services.auth.clock();
  await audited(ctx, async (tx, { record }) => {
    await revokeApiKeyRow(tx, id, at);
    record({
      event: 'update',
      objectType: 'api-key',
      objectId: id,
      details: { organizationId: found.organizationId, ingetrokken: true },
    });
  });
  const rows = await listApiKeyRows(db, found.organizationId);
  const updated = rows.find((r) => r.key.id === id)!;
  return keyView(updated.key, updated.createdByName);
}

/**
 * Whether one of the creator's memberships today may still manage this organisation's keys (the
 * organisation's own staff, or a coordinator or administrator): a key is worth no more than the
 * rights of the person who made it.
 */
function creatorStillManages(key: {
  createdBy: string;
  organizationId: string;
  creatorMemberships: { organizationId: string; role: string }[];
}): boolean {
  return key.creatorMemberships.some(({ organizationId, role }) => {
    if (!isRole(role)) return false;
    const decision = decide(
      { userId: key.createdBy, displayName: '', role, organizationId, stage: 'full' },
      'api-key:manage',
    );
    return (
      decision.allowed &&
      (decision.scope === 'all' || (decision.scope === 'own-organization' && organizationId === key.organizationId))
    );
  });
}

/** The caller a provider system's key stands for, or null for an unknown or revoked key or
 * one whose creator has left. */
export async function principalForApiKey(
  services: AppServices,
  token: string,
): Promise<{ principal: Principal; keyId: string; keyName: string } | null> {
  if (!looksLikeApiKey(token)) return null;
  const key = await findUsableApiKey(services.database.db, hashApiKey(token));
  if (!key || !creatorStillManages(key)) return null;
  await markApiKeyUsed(services.database.db, key.id, services.auth.clock());
  return {
    keyId: key.id,
    keyName: key.name,
    principal: {
      userId: key.createdBy,
      displayName: `API-sleutel ${key.name}`,
      role: 'aanbieder-medewerker',
      organizationId: key.organizationId,
      stage: 'full',
    },
  };
}

// ---- posting waiting times from a provider's own system ----

export type ProviderRowOutcome = 'nieuw' | 'bijgewerkt' | 'bevestigd' | 'afgewezen';

export interface ProviderUpdates {
  waits: (WaitInput & { serviceId: string })[];
  pauses: (PauseInput & { serviceId: string })[];
}

export interface ProviderUpdateReport {
  written: boolean;
  message: string;
  counts: Record<ProviderRowOutcome, number> & { rows: number };
  rows: {
    /** Which list and which position in it ("waits", 0). */
    list: 'waits' | 'pauses';
    index: number;
    serviceId: string;
    diagnosisGroup: string | null;
    outcome: ProviderRowOutcome;
    reasons: string[];
  }[];
}

/** Checks and (when every row is right) stores waits and pauses posted by a provider's system. */
export async function postProviderUpdates(
  ctx: UseCaseContext,
  updates: ProviderUpdates,
  via: { source: string; apiKeyId: string | null },
): Promise<ProviderUpdateReport> {
  const reach = reachFor(ctx.principal, 'care-map:edit');
  const db = ctx.services.database.db;
  const ids = [...new Set([...updates.waits, ...updates.pauses].map((r) => r.serviceId))];
  const services = new Map(
    (await findPortalServices(db, ids))
      .filter((r) => reachCoversOrganization(reach, [r.service.organizationId]))
      .map((r) => [r.service.id, r]),
  );
  const facts = await currentFactRows(db, [...services.keys()]);
  const report: ProviderUpdateReport = {
    written: false,
    message: '',
    counts: { rows: 0, nieuw: 0, bijgewerkt: 0, bevestigd: 0, afgewezen: 0 },
    rows: [],
  };
  const seen = new Set<string>();
  const outcome = (current: unknown, same: boolean): ProviderRowOutcome =>
    current === undefined ? 'nieuw' : same ? 'bevestigd' : 'bijgewerkt';

  updates.waits.forEach((input, index) => {
    const row = services.get(input.serviceId);
    const reasons: string[] = [];
    let result: ProviderRowOutcome = 'afgewezen';
    if (!row) reasons.push('dienst niet gevonden bij uw organisatie');
    else {
      reasons.push(...waitProblems(input, factContext(ctx, row)).map((p) => p.message));
      const key = `${input.serviceId} ${input.diagnosisGroup ?? 'alle'}`;
      if (seen.has(key)) reasons.push('deze dienst en diagnosegroep staan al eerder in dit bericht');
      seen.add(key);
      const current = facts.waits.find(
        (w) => w.serviceId === input.serviceId && w.diagnosisGroup === input.diagnosisGroup,
      );
      if (reasons.length === 0)
        result = outcome(
          current,
          current !== undefined && sameWait(current as unknown as WaitInput, waitValues(input)),
        );
    }
    report.rows.push({
      list: 'waits',
      index,
      serviceId: input.serviceId,
      diagnosisGroup: input.diagnosisGroup,
      outcome: result,
      reasons,
    });
  });
  updates.pauses.forEach((input, index) => {
    const row = services.get(input.serviceId);
    const reasons: string[] = [];
    let result: ProviderRowOutcome = 'afgewezen';
    if (!row) reasons.push('dienst niet gevonden bij uw organisatie');
    else {
      const current = facts.pauses.find((p) => p.serviceId === input.serviceId);
      // A system that says "no pause" while there is none confirms that; only a new pause is checked.
      if (input.active)
        reasons.push(
          ...pauseProblems(input, factContext(ctx, row), current?.active ?? false).map((p) => p.message),
        );
      if (seen.has(`${input.serviceId} aanmeldstop`))
        reasons.push('deze dienst staat al eerder in de aanmeldstops van dit bericht');
      seen.add(`${input.serviceId} aanmeldstop`);
      if (reasons.length === 0)
        result = outcome(current, current !== undefined && samePause(current, pauseValues(input)));
    }
    report.rows.push({
      list: 'pauses',
      index,
      serviceId: input.serviceId,
      diagnosisGroup: null,
      outcome: result,
      reasons,
    });
  });

  for (const row of report.rows) report.counts[row.outcome]++;
  report.counts.rows = report.rows.length;
  const details = {
    organizationId: ctx.principal?.organizationId ?? null,
    apiKeyId: via.apiKeyId,
    rows: report.counts.rows,
  };
  if (report.counts.afgewezen > 0) {
    report.message = `${report.counts.afgewezen} van de ${report.counts.rows} regels zijn afgewezen; er is niets opgeslagen.`;
    await auditOnly(ctx, [
      { event: 'update', outcome: 'failure', objectType: 'provider-api', objectId: via.apiKeyId, details },
    ]);
    return report;
  }

  const stamp = {
    confirmedAt: ctx.services.now(),
    source: via.source,
    recordedBy: ctx.principal?.userId ?? null,
  };
  await audited(ctx, async (tx, { record, afterCommit }) => {
    await insertWaitVersions(
      tx,
      updates.waits.map(({ serviceId, ...w }) => ({ serviceId, ...waitValues(w), ...stamp })),
    );
    await insertPauseVersions(
      tx,
      updates.pauses.map(({ serviceId, ...p }) => ({ serviceId, ...pauseValues(p), ...stamp })),
    );
    await touchServices(tx, ids);
    record({ event: 'update', objectType: 'provider-api', objectId: via.apiKeyId, details });
    afterCommit(() => ctx.services.catalog.refreshNow());
  });
  report.written = true;
  report.message = `Opgeslagen: ${report.counts.nieuw} nieuw, ${report.counts.bijgewerkt} bijgewerkt, ${report.counts.bevestigd} bevestigd.`;
  return report;
}
