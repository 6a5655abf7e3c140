/**
 * Use case: import a waiting-time file (wachttijden importeren). Steps in the usual order: parse
 * and validate (pure, src/domain/waiting/import), load the services the rows may be about, check
 * each row against the caller's reach, compare with the current facts, and then, only when no row
 * is rejected, write all new fact versions and the audit entry in one transaction, and refresh the
 * catalog store after the commit. A dry run (controleren) stops before writing.
 *
 * Matching rule (docs/import-wachttijden.md): a row names a location by its postcode plus the
 * organisation's AGB code (or, without AGB, the location's name); among the bggz/sggz services
 * there, "Type zorg" picks the kind, "Dienst" the service by name, and the diagnosis group the
 * service that treats it. Exactly one service must remain.
 */
import { reachCoversOrganization, type Reach } from '../domain/access/permissions';
import type { AuditFact } from '../domain/audit/entry';
import { parseWaitFile, type ParsedWaitRow, type WaitRowValues } from '../domain/waiting/import/parse';
import { comparable } from '../domain/waiting/import/text';
import {
  currentPauses,
  currentWaits,
  insertPauseVersions,
  insertWaitVersions,
  loadImportCandidates,
  touchServices,
  type ImportCandidate,
  type PauseVersion,
  type WaitVersion,
} from '../db/wait-import-repository';
import { auditOnly, audited, type UseCaseContext } from './audited';

export type RowOutcome = 'toegevoegd' | 'bijgewerkt' | 'ongewijzigd' | 'afgewezen';

export interface WaitImportRowReport {
  line: number;
  outcome: RowOutcome;
  reasons: string[];
  serviceId: string | null;
  serviceName: string | null;
  organizationName: string | null;
  diagnosisGroup: string | null;
  registrationWeeks: number | null;
  treatmentWeeks: number | null;
  pause: { reason: string; expectedEnd: string | null } | null;
  measuredOn: string | null;
}

export interface WaitImportReport {
  fileName: string;
  dryRun: boolean;
  /** True when the import was written; false for a dry run or when anything was rejected. */
  written: boolean;
  message: string;
  encoding: string;
  delimiter: string;
  /** Problems with the file as a whole. */
  problems: string[];
  counts: Record<RowOutcome, number> & { rows: number };
  rows: WaitImportRowReport[];
}

export interface WaitImportInput {
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  /** Whose locations the caller may import for (from reachFor(principal, 'waiting-time:import')). */
  reach: Reach;
  /** Called every 1,000 rows while matching, for the command line. */
  onProgress?: (done: number, total: number) => void;
}

/** The source written on every fact version of an import: 'import:<file name>'. */
export function importSource(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() || 'bestand';
  return `import:${base.slice(0, 200)}`;
}

interface Planned {
  row: ParsedWaitRow;
  report: WaitImportRowReport;
  candidate: ImportCandidate | null;
  wait: boolean;
  openPause: boolean;
  pause: boolean;
}

const plainPostcode = (postcode: string | null) => (postcode ?? '').replace(/\s/g, '');

/** Finds the one service a row is about, or the reason there is none. */
export function matchService(
  values: WaitRowValues,
  candidates: readonly ImportCandidate[],
): ImportCandidate | string {
  const postcode = plainPostcode(values.postcode);
  const atPostcode = candidates.filter((c) => c.postcode === postcode);
  if (atPostcode.length === 0) return `geen locatie met ggz-aanbod op postcode ${values.postcode}`;
  const atLocation = values.agb
    ? atPostcode.filter((c) => c.agb === values.agb)
    : atPostcode.filter(
        (c) =>
          comparable(c.locationName) === comparable(values.locationName ?? '') &&
          (!values.city || comparable(c.city) === comparable(values.city)),
      );
  if (atLocation.length === 0) {
    return values.agb
      ? `geen locatie van AGB-code ${values.agb} op postcode ${values.postcode}`
      : `geen locatie "${values.locationName}" op postcode ${values.postcode}`;
  }
  let left = values.careKind ? atLocation.filter((c) => c.kind === values.careKind) : atLocation;
  if (left.length === 0)
    return `deze locatie heeft geen ${values.careKind === 'bggz' ? 'basis-ggz' : 'gespecialiseerde ggz'}`;
  if (values.serviceName) {
    const name = comparable(values.serviceName);
    left = left.filter(
      (c) => comparable(c.serviceName) === name || comparable(c.serviceName).startsWith(name),
    );
    if (left.length === 0) return `geen dienst "${values.serviceName}" op deze locatie`;
  }
  if (left.length > 1 && values.diagnosisGroup) {
    const group = values.diagnosisGroup;
    const treating = left.filter((c) => c.diagnosisGroups.includes(group));
    if (treating.length > 0) left = treating;
  }
  if (left.length > 1) {
    return `meerdere diensten passen (${left.map((c) => c.serviceName).join(', ')}); vul Type zorg, Dienst of Hoofddiagnosegroep in`;
  }
  return left[0]!;
}

const sameWait = (current: WaitVersion, v: WaitRowValues) =>
  current.registrationWeeks === v.registrationWeeks &&
  current.treatmentWeeks === v.treatmentWeeks &&
  current.basis === v.basis &&
  current.waitingCount === v.waitingCount &&
  current.measuredOn === v.measuredOn;

const samePause = (current: PauseVersion, pause: NonNullable<WaitRowValues['pause']>) =>
  current.active && current.reason === pause.reason && current.expectedEnd === pause.expectedEnd;

/** Imports (or, with dryRun, checks) a waiting-time file; all rows or none are written. */
export async function importWaitingTimes(
  ctx: UseCaseContext,
  input: WaitImportInput,
): Promise<WaitImportReport> {
  const { services } = ctx;
  const now = services.now();
  const parsed = parseWaitFile(input.bytes, {
    diagnosisGroups: [...services.catalog.diagnosisGroups.values()],
    today: now.toISOString().slice(0, 10),
  });
  const db = services.database.db;
  const postcodes = [
    ...new Set(parsed.rows.map((r) => plainPostcode(r.values.postcode)).filter((p) => p !== '')),
  ];
  const candidates = await loadImportCandidates(db, postcodes);

  const plans: Planned[] = [];
  const seen = new Map<string, number>();
  parsed.rows.forEach((row, index) => {
    const v = row.values;
    const report: WaitImportRowReport = {
      line: row.line,
      outcome: 'afgewezen',
      reasons: [...row.reasons],
      serviceId: null,
      serviceName: null,
      organizationName: null,
      diagnosisGroup: v.diagnosisGroup,
      registrationWeeks: v.registrationWeeks,
      treatmentWeeks: v.treatmentWeeks,
      pause: v.pause,
      measuredOn: v.measuredOn,
    };
    const plan: Planned = { row, report, candidate: null, wait: false, openPause: false, pause: false };
    plans.push(plan);
    if ((index + 1) % 1000 === 0) input.onProgress?.(index + 1, parsed.rows.length);
    if (row.status === 'rejected') return;
    const match = matchService(v, candidates);
    if (typeof match === 'string') {
      report.reasons.push(match);
      return;
    }
    Object.assign(report, {
      serviceId: match.serviceId,
      serviceName: match.serviceName,
      organizationName: match.organizationName,
    });
    if (!reachCoversOrganization(input.reach, [match.organizationId])) {
      report.reasons.push(
        `deze locatie hoort bij ${match.organizationName}; u mag alleen wachttijden van uw eigen organisatie importeren`,
      );
      return;
    }
    const key = v.pause
      ? `${match.serviceId} aanmeldstop`
      : `${match.serviceId} ${v.diagnosisGroup ?? 'alle'}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report.reasons.push(`dubbele regel: regel ${earlier} gaat over dezelfde dienst en diagnosegroep`);
      return;
    }
    seen.set(key, row.line);
    plan.candidate = match;
  });
  if (parsed.rows.length >= 1000) input.onProgress?.(parsed.rows.length, parsed.rows.length);

  const matchedIds = [...new Set(plans.flatMap((p) => (p.candidate ? [p.candidate.serviceId] : [])))];
  const waits = await currentWaits(db, matchedIds);
  const pauses = new Map((await currentPauses(db, matchedIds)).map((p) => [p.serviceId, p]));
  const waitOf = new Map(waits.map((w) => [`${w.serviceId} ${w.diagnosisGroup ?? 'alle'}`, w]));
  const pauseClosed = new Set<string>();
  const pausedInFile = new Set(
    plans.flatMap((p) => (p.candidate && p.row.values.pause ? [p.candidate.serviceId] : [])),
  );
  for (const plan of plans) {
    if (!plan.candidate) continue;
    const v = plan.row.values;
    const id = plan.candidate.serviceId;
    const currentPause = pauses.get(id);
    if (v.pause) {
      plan.pause = !currentPause || !samePause(currentPause, v.pause);
      plan.report.outcome = !plan.pause ? 'ongewijzigd' : currentPause ? 'bijgewerkt' : 'toegevoegd';
      continue;
    }
    const current = waitOf.get(`${id} ${v.diagnosisGroup ?? 'alle'}`);
    plan.wait = !current || !sameWait(current, v);
    // A wait in the file means registration is open again: end an active pause once per service.
    plan.openPause = Boolean(currentPause?.active) && !pauseClosed.has(id) && !pausedInFile.has(id);
    if (plan.openPause) pauseClosed.add(id);
    plan.report.outcome =
      !plan.wait && !plan.openPause ? 'ongewijzigd' : current || plan.openPause ? 'bijgewerkt' : 'toegevoegd';
  }

  const counts = { rows: plans.length, toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 0, afgewezen: 0 };
  for (const plan of plans) counts[plan.report.outcome]++;
  const rejected = parsed.problems.length > 0 || counts.afgewezen > 0;
  const report: WaitImportReport = {
    fileName: input.fileName,
    dryRun: input.dryRun,
    written: false,
    message: '',
    encoding: parsed.encoding,
    delimiter: parsed.delimiter,
    problems: parsed.problems,
    counts,
    rows: plans.map((p) => p.report),
  };
  const audit = (outcome: 'success' | 'failure'): AuditFact => ({
    event: 'update',
    outcome,
    objectType: 'wachttijden-import',
    objectId: importSource(input.fileName),
    details: {
      rows: counts.rows,
      toegevoegd: counts.toegevoegd,
      bijgewerkt: counts.bijgewerkt,
      ongewijzigd: counts.ongewijzigd,
      afgewezen: counts.afgewezen,
    },
  });

  if (rejected) {
    report.message =
      parsed.problems.length > 0
        ? 'Het bestand kan niet worden gelezen; er is niets opgeslagen.'
        : `${counts.afgewezen} van de ${counts.rows} regels zijn afgewezen; er is niets opgeslagen. Verbeter de regels en probeer het opnieuw.`;
    if (!input.dryRun) await auditOnly(ctx, [audit('failure')]);
    return report;
  }
  if (input.dryRun) {
    report.message = `Controle geslaagd: ${counts.toegevoegd} nieuw, ${counts.bijgewerkt} bijgewerkt, ${counts.ongewijzigd} ongewijzigd. Er is nog niets opgeslagen.`;
    return report;
  }

  const source = importSource(input.fileName);
  await audited(ctx, async (tx, { record, afterCommit }) => {
    const waitRows = plans
      .filter((p) => p.wait && p.candidate)
      .map(({ candidate, row: { values: v } }) => ({
        serviceId: candidate!.serviceId,
        diagnosisGroup: v.diagnosisGroup,
        registrationWeeks: v.registrationWeeks!,
        treatmentWeeks: v.treatmentWeeks!,
        basis: v.basis,
        waitingCount: v.waitingCount,
        measuredOn: v.measuredOn!,
        confirmedAt: now,
        source,
      }));
    const pauseRows = plans
      .filter((p) => (p.pause || p.openPause) && p.candidate)
      .map(({ candidate, pause, row: { values: v } }) => ({
        serviceId: candidate!.serviceId,
        active: pause,
        reason: pause ? v.pause!.reason : null,
        expectedEnd: pause ? v.pause!.expectedEnd : null,
        confirmedAt: now,
        source,
      }));
    await insertWaitVersions(tx, waitRows);
    await insertPauseVersions(tx, pauseRows);
    await touchServices(tx, [...new Set([...waitRows, ...pauseRows].map((r) => r.serviceId))]);
    record(audit('success'));
    afterCommit(() => services.catalog.refreshNow());
  });
  report.written = true;
  report.message = `Import opgeslagen: ${counts.toegevoegd} nieuw, ${counts.bijgewerkt} bijgewerkt, ${counts.ongewijzigd} ongewijzigd.`;
  return report;
}
