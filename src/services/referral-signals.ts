/**
 * Rejections as signals of missing supply (issue #6 item 3, seed 000: "signalen bundelen op één
 * punt"): how often providers turned referrals down, per region, kind of care, reason and month.
 * Aggregates only, for financiers and the regional desk: no row names a referral, a patient or a
 * practice. The region is the one whose municipalities include the rejecting service's location.
 */
import { reachFor } from '../domain/access/permissions';
import { dateInNetherlands } from '../domain/calendar/iso-date';
import { invalid } from '../domain/errors';
import { countRejections } from '../db/referral-repository';
import { listRegions } from '../db/route-rules-repository';
import type { UseCaseContext } from './audited';

/** Rejections of services without a region of ours (or without a location: online services). */
export const NO_REGION = 'geen-regio';

export interface RejectionSignalRow {
  month: string;
  regionId: string;
  careKind: string;
  reason: string;
  count: number;
}

export interface RejectionSignals {
  from: string;
  to: string;
  regions: { id: string; name: string }[];
  rows: RejectionSignalRow[];
  totals: {
    all: number;
    byReason: Record<string, number>;
    byRegion: Record<string, number>;
    byCareKind: Record<string, number>;
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const add = (totals: Record<string, number>, key: string, count: number) => {
  totals[key] = (totals[key] ?? 0) + count;
};

/** Counts of rejection reasons per region, kind of care and month; by default the last 12 months. */
export async function rejectionSignals(
  ctx: UseCaseContext,
  range: { from?: string | undefined; to?: string | undefined; regionId?: string | undefined } = {},
): Promise<RejectionSignals> {
  reachFor(ctx.principal, 'statistics:read');
  const to = range.to ?? dateInNetherlands(ctx.services.now()).slice(0, 7);
  const from = range.from ?? monthsBefore(to, 11);
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!MONTH.test(value))
      throw invalid('Geef een maand als jjjj-mm.', [{ field, message: 'is geen maand (jjjj-mm)' }]);
  }
  if (from > to)
    throw invalid('De beginmaand ligt na de eindmaand.', [
      { field: 'from', message: 'ligt na de eindmaand' },
    ]);

  const db = ctx.services.database.db;
  const regions = await listRegions(db);
  if (range.regionId && range.regionId !== NO_REGION && !regions.some((r) => r.id === range.regionId)) {
    throw invalid('Deze regio kennen we niet.', [{ field: 'regionId', message: 'is geen bekende regio' }]);
  }
  const regionOf = new Map<string, string>();
  for (const region of regions)
    for (const code of region.municipalityCodes) if (!regionOf.has(code)) regionOf.set(code, region.id);

  const merged = new Map<string, RejectionSignalRow>();
  for (const count of await countRejections(db, { from, to })) {
    const regionId = (count.municipalityCode && regionOf.get(count.municipalityCode)) || NO_REGION;
    if (range.regionId && regionId !== range.regionId) continue;
    const key = `${count.month}|${regionId}|${count.route}|${count.reason}`;
    const row = merged.get(key) ?? {
      month: count.month,
      regionId,
      careKind: count.route,
      reason: count.reason,
      count: 0,
    };
    row.count += count.count;
    merged.set(key, row);
  }
  const rows = [...merged.values()];
  const totals = { all: 0, byReason: {}, byRegion: {}, byCareKind: {} } as RejectionSignals['totals'];
  for (const row of rows) {
    totals.all += row.count;
    add(totals.byReason, row.reason, row.count);
    add(totals.byRegion, row.regionId, row.count);
    add(totals.byCareKind, row.careKind, row.count);
  }
  return {
    from,
    to,
    regions: [
      ...regions.map((r) => ({ id: r.id, name: r.name })),
      { id: NO_REGION, name: 'Buiten de regio’s of alleen online' },
    ],
    rows,
    totals,
  };
}
