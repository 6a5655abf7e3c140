/**
 * Use cases of the provider portal (Mijn aanbod, issue #5): a provider's staff member keeps the
 * organisation's services current: the description, waiting times per diagnosis group, the
 * registration pause, contracts and revenue ceilings per insurer, and "Niets gewijzigd" to
 * confirm every current fact in one go. A regional coordinator or administrator does the same
 * for any organisation (reach 'all').
 *
 * Every change follows one shape: load the service within the caller's reach (another
 * organisation's service is "not found"), check the input against the domain rules, then in one
 * transaction insert the new version(s) with provenance (recordedBy, confirmedAt = now, source
 * 'portaal'), bump service.updated_at and write the audit entry; after the commit the catalog
 * store reloads the service so matching shows the change at once. Version rows are never updated
 * or deleted.
 */
import { reachCoversOrganization, reachFor, type Reach } from '../domain/access/permissions';
import { dateInNetherlands, formatDutchDate } from '../domain/calendar/iso-date';
import { dutchWallClock } from '../domain/case-review/dutch-clock';
import { DomainError, invalid, notFound } from '../domain/errors';
import { factsToReconfirm } from '../domain/portal/confirmation';
import {
  contractProblems,
  contractValues,
  pauseProblems,
  pauseValues,
  waitProblems,
  waitValues,
  type ContractInput,
  type FactContext,
  type PauseInput,
  type WaitInput,
} from '../domain/portal/fact-input';
import {
  applyServiceEdit,
  conflictingFields,
  editableOf,
  normaliseServiceEdit,
  SERVICE_FIELD_LABELS,
  serviceEditProblems,
  type EditableService,
  type EditableServiceField,
  type ServiceEdit,
} from '../domain/portal/service-edit';
import type { Db } from '../db/client';
import {
  currentFactRows,
  findOrganization,
  findPortalService,
  insertContractVersions,
  insertServiceVersion,
  listPortalServices,
  searchProviderOrganizations,
  serviceHistoryRows,
  serviceVersionsSince,
  updateServiceDescription,
  type PortalServiceRow,
  type ProviderOrganization,
} from '../db/portal-repository';
import { insertPauseVersions, insertWaitVersions, touchServices } from '../db/wait-import-repository';
import { audited, type AuditRecorder, type UseCaseContext } from './audited';
import { historyEntries, portalServices, type HistoryEntry, type PortalService } from './portal-views';

/** The source of a fact a provider entered or changed in the portal. */
export const PORTAL_SOURCE = 'portaal';
/** The source of a fact re-confirmed with "Niets gewijzigd". */
export const CONFIRMED_SOURCE = 'portaal:bevestigd';

const editReach = (ctx: UseCaseContext) => reachFor(ctx.principal, 'care-map:edit');

/** The organisation whose portal the caller works in: their own, or (reach 'all') the one chosen. */
export async function portalOrganization(
  ctx: UseCaseContext,
  reach: Reach,
  organizationId: string | undefined,
): Promise<{ id: string; name: string }> {
  const db = ctx.services.database.db;
  if (reach.kind === 'organization') {
    if (organizationId !== undefined && organizationId !== reach.organizationId)
      throw notFound('De organisatie');
    const own = await findOrganization(db, reach.organizationId);
    if (!own) throw notFound('De organisatie');
    return own;
  }
  if (reach.kind !== 'all') throw notFound('De organisatie');
  if (!organizationId)
    throw invalid('Kies eerst een organisatie.', [
      { field: 'organizationId', message: 'is verplicht voor uw rol' },
    ]);
  const chosen = await findOrganization(db, organizationId);
  if (!chosen) throw notFound('De organisatie');
  return chosen;
}

/** The organisations the caller can open the portal for: their own, or any provider (search). */
export async function portalOrganizations(
  ctx: UseCaseContext,
  q: string | undefined,
): Promise<ProviderOrganization[]> {
  const reach = editReach(ctx);
  const db = ctx.services.database.db;
  if (reach.kind === 'organization')
    return searchProviderOrganizations(db, { organizationId: reach.organizationId }, 1);
  return searchProviderOrganizations(db, { q: q?.trim() || undefined }, 50);
}

/** A service the caller may edit, or "not found" (another organisation's service looks the same). */
async function serviceInReach(db: Db, reach: Reach, id: string): Promise<PortalServiceRow> {
  const row = await findPortalService(db, id);
  if (!row || !reachCoversOrganization(reach, [row.service.organizationId])) throw notFound('De dienst');
  return row;
}

async function viewOf(ctx: UseCaseContext, rows: PortalServiceRow[]): Promise<PortalService[]> {
  const db = ctx.services.database.db;
  const facts = await currentFactRows(
    db,
    rows.map((r) => r.service.id),
  );
  return portalServices(rows, facts, ctx.services.now());
}

/** The organisation's services with their current facts and how fresh each is. */
export async function listOwnServices(
  ctx: UseCaseContext,
  organizationId: string | undefined,
): Promise<{ organization: { id: string; name: string }; services: PortalService[] }> {
  const reach = editReach(ctx);
  const organization = await portalOrganization(ctx, reach, organizationId);
  const rows = await listPortalServices(ctx.services.database.db, organization.id);
  return { organization, services: await viewOf(ctx, rows) };
}

export async function ownService(ctx: UseCaseContext, id: string): Promise<PortalService> {
  const row = await serviceInReach(ctx.services.database.db, editReach(ctx), id);
  const [view] = await viewOf(ctx, [row]);
  return view!;
}

/** The checks of a fact depend on the service and on today in the Netherlands. */
export function factContext(ctx: UseCaseContext, row: PortalServiceRow): FactContext {
  const { catalog } = ctx.services;
  return {
    today: dateInNetherlands(ctx.services.now()),
    service: {
      kind: row.service.kind as FactContext['service']['kind'],
      diagnosisGroups: row.service.diagnosisGroups,
    },
    diagnosisGroupCodes: new Set(catalog.diagnosisGroups.keys()),
    insurerIds: new Set(catalog.insurers.keys()),
  };
}

/** Who and when of a version the portal writes. */
function provenance(ctx: UseCaseContext, source: string) {
  return { confirmedAt: ctx.services.now(), source, recordedBy: ctx.principal?.userId ?? null };
}

/**
 * Runs a change to one service in one transaction with its audit entry and the catalog refresh.
 * Every query inside goes through `tx` (PGlite has one connection: a query beside the transaction
 * would wait for it forever).
 */
async function changeService<T>(
  ctx: UseCaseContext,
  id: string,
  objectType: string,
  work: (tx: Db, row: PortalServiceRow, recorder: AuditRecorder) => Promise<T>,
): Promise<PortalService> {
  const reach = editReach(ctx);
  await audited(ctx, async (tx, recorder) => {
    const row = await serviceInReach(tx, reach, id);
    await work(tx, row, recorder);
    await touchServices(tx, [id]);
    recorder.record({
      event: 'update',
      objectType,
      objectId: id,
      details: { organizationId: row.service.organizationId },
    });
    recorder.afterCommit(() => ctx.services.catalog.refreshNow());
  });
  return ownService(ctx, id);
}

const refuse = (message: string, problems: ReturnType<typeof waitProblems>) => {
  if (problems.length > 0) throw invalid(message, problems);
};

/**
 * Refuses an edit (409) when someone saved a change to one of its fields after the version the
 * editor started from (conflictingFields in src/domain/portal/service-edit.ts).
 */
async function refuseConflicts(
  tx: Db,
  serviceId: string,
  basedOnVersionId: string | null,
  changedFields: EditableServiceField[],
): Promise<void> {
  const since = await serviceVersionsSince(tx, serviceId, basedOnVersionId);
  if (!since) {
    throw invalid('De versie waarop uw wijziging is gebaseerd, hoort niet bij deze dienst.', [
      { field: 'basedOnVersionId', message: 'is geen versie van deze dienst' },
    ]);
  }
  const conflicts = conflictingFields(changedFields, since);
  if (conflicts.length === 0) return;
  const last = since.at(-1)!;
  const when = dutchWallClock(last.recordedAt);
  const fields = conflicts.map((f) => SERVICE_FIELD_LABELS[f].toLowerCase()).join(', ');
  throw new DomainError(
    'conflict',
    `${last.recordedByName ?? 'Iemand anders'} heeft op ${formatDutchDate(when.date, { weekday: false })} om ${when.time} ook ${fields} gewijzigd. ` +
      'Er is niets opgeslagen: bekijk de nieuwe gegevens en voer uw wijziging zo nodig opnieuw in.',
  );
}

/** Changes the description of a service; the new state is kept as a service_version. */
export async function editService(
  ctx: UseCaseContext,
  id: string,
  { basedOnVersionId, ...edit }: ServiceEdit & { basedOnVersionId?: string | null | undefined },
): Promise<PortalService> {
  const normal = normaliseServiceEdit(edit);
  return changeService(ctx, id, 'service', async (tx, row) => {
    const current = editableOf(row.service as unknown as EditableService);
    refuse(
      'De gegevens van de dienst zijn niet opgeslagen.',
      serviceEditProblems(current, normal, {
        diagnosisGroupCodes: new Set(ctx.services.catalog.diagnosisGroups.keys()),
      }),
    );
    const { next, changedFields } = applyServiceEdit(current, normal);
    if (basedOnVersionId !== undefined) await refuseConflicts(tx, id, basedOnVersionId, changedFields);
    if (changedFields.length === 0)
      throw invalid('Er is niets gewijzigd ten opzichte van de huidige gegevens; er is niets opgeslagen.');
    await updateServiceDescription(tx, id, next);
    await insertServiceVersion(tx, {
      serviceId: id,
      snapshot: { ...next, kind: row.service.kind },
      changedFields,
      source: PORTAL_SOURCE,
      recordedBy: ctx.principal?.userId ?? null,
    });
  });
}

/** Stores a new waiting time for one diagnosis group (or all). */
export async function recordWait(ctx: UseCaseContext, id: string, input: WaitInput): Promise<PortalService> {
  return changeService(ctx, id, 'service-wait', async (tx, row) => {
    refuse('De wachttijd is niet opgeslagen.', waitProblems(input, factContext(ctx, row)));
    await insertWaitVersions(tx, [
      { serviceId: id, ...waitValues(input), ...provenance(ctx, PORTAL_SOURCE) },
    ]);
  });
}

/** Sets or lifts the registration pause (aanmeldstop). */
export async function setPause(ctx: UseCaseContext, id: string, input: PauseInput): Promise<PortalService> {
  return changeService(ctx, id, 'service-pause', async (tx, row) => {
    const { pauses } = await currentFactRows(tx, [id]);
    const active = pauses[0]?.active ?? false;
    refuse(
      input.active ? 'De aanmeldstop is niet opgeslagen.' : 'De aanmeldstop is niet opgeheven.',
      pauseProblems(input, factContext(ctx, row), active),
    );
    await insertPauseVersions(tx, [
      { serviceId: id, ...pauseValues(input), ...provenance(ctx, PORTAL_SOURCE) },
    ]);
  });
}

/** Stores the contract and ceiling state with one insurer for one year. */
export async function recordContract(
  ctx: UseCaseContext,
  id: string,
  input: ContractInput,
): Promise<PortalService> {
  return changeService(ctx, id, 'service-contract', async (tx, row) => {
    refuse('Het contract is niet opgeslagen.', contractProblems(input, factContext(ctx, row)));
    await insertContractVersions(tx, [
      { serviceId: id, ...contractValues(input), ...provenance(ctx, PORTAL_SOURCE) },
    ]);
  });
}

export interface ConfirmationResult {
  services: number;
  waits: number;
  pauses: number;
  contracts: number;
  message: string;
}

/**
 * "Niets gewijzigd": stores every current fact of the organisation's services (or of one service)
 * again with the same values, confirmed now, so they count as current.
 */
export async function confirmUnchanged(
  ctx: UseCaseContext,
  options: { organizationId?: string | undefined; serviceId?: string | undefined },
): Promise<ConfirmationResult> {
  const reach = editReach(ctx);
  const now = ctx.services.now();
  const organization = options.serviceId
    ? null
    : await portalOrganization(ctx, reach, options.organizationId);
  return audited(ctx, async (tx, { record, afterCommit }) => {
    const rows = organization
      ? await listPortalServices(tx, organization.id)
      : [await serviceInReach(tx, reach, options.serviceId!)];
    const ids = rows.map((r) => r.service.id);
    const facts = await currentFactRows(tx, ids);
    const again = ids.map((serviceId) =>
      factsToReconfirm(
        {
          waits: facts.waits.filter((w) => w.serviceId === serviceId),
          pause: facts.pauses.find((p) => p.serviceId === serviceId) ?? null,
          contracts: facts.contracts.filter((c) => c.serviceId === serviceId),
        },
        now,
      ),
    );
    const stamp = provenance(ctx, CONFIRMED_SOURCE);
    const waits = again.flatMap((f) =>
      f.waits.map(({ id: _id, recordedAt: _at, ...w }) => ({ ...w, ...stamp })),
    );
    const pauses = again
      .flatMap((f) => (f.pause ? [f.pause] : []))
      .map(({ id: _id, recordedAt: _at, ...p }) => ({ ...p, ...stamp }));
    const contracts = again.flatMap((f) =>
      f.contracts.map(({ id: _id, recordedAt: _at, ...c }) => ({ ...c, ...stamp })),
    );
    await insertWaitVersions(tx, waits);
    await insertPauseVersions(tx, pauses);
    await insertContractVersions(tx, contracts);
    const touched = [...new Set([...waits, ...pauses, ...contracts].map((f) => f.serviceId))];
    await touchServices(tx, touched);
    const organizationId = rows[0]?.service.organizationId ?? options.organizationId ?? null;
    record({
      event: 'update',
      objectType: options.serviceId ? 'service' : 'organization',
      objectId: options.serviceId ?? organizationId,
      details: {
        organizationId,
        bevestigd: true,
        services: touched.length,
        waits: waits.length,
        pauses: pauses.length,
        contracts: contracts.length,
      },
    });
    afterCommit(() => ctx.services.catalog.refreshNow());
    const total = waits.length + pauses.length + contracts.length;
    return {
      services: touched.length,
      waits: waits.length,
      pauses: pauses.length,
      contracts: contracts.length,
      message:
        total === 0
          ? 'Er waren geen gegevens om te bevestigen.'
          : `${total} ${total === 1 ? 'gegeven' : 'gegevens'} van ${touched.length} ${touched.length === 1 ? 'dienst' : 'diensten'} bevestigd als actueel.`,
    };
  });
}

/** Every version of the service's description and facts, newest first, with who recorded it. */
export async function serviceHistory(
  ctx: UseCaseContext,
  id: string,
  limit: number,
): Promise<HistoryEntry[]> {
  const db = ctx.services.database.db;
  await serviceInReach(db, editReach(ctx), id);
  return historyEntries(await serviceHistoryRows(db, id, limit), limit);
}
