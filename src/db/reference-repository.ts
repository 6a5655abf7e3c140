/**
 * The reference lists in the database: municipalities, insurers and diagnosis groups. Loaded from
 * the CSV files in reference-data/ on every start; loading again updates rows in place (insert ...
 * on conflict do update), so it is safe to repeat. Rows that disappear from a file are kept,
 * because services, coverage and waiting times refer to them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { asc, sql } from 'drizzle-orm';
import {
  REFERENCE_FILES,
  parseDiagnosisGroups,
  parseInsurers,
  parseMunicipalities,
  type ReferenceLists,
} from '../domain/catalog/reference';
import type { DiagnosisGroup, Insurer, Municipality } from '../domain/catalog/types';
import type { Db } from './client';
import { diagnosisGroup, insurer, municipality } from './schema';

export interface ReferenceCounts {
  municipalities: number;
  insurers: number;
  diagnosisGroups: number;
}

/** Reads and parses the three files in `dir` (reference-data/). */
export async function readReferenceFiles(dir: string): Promise<ReferenceLists> {
  const read = (name: string) => readFile(join(dir, name), 'utf8');
  const [municipalities, insurers, diagnosisGroups] = await Promise.all([
    read(REFERENCE_FILES.municipalities),
    read(REFERENCE_FILES.insurers),
    read(REFERENCE_FILES.diagnosisGroups),
  ]);
  return {
    municipalities: parseMunicipalities(municipalities),
    insurers: parseInsurers(insurers),
    diagnosisGroups: parseDiagnosisGroups(diagnosisGroups),
  };
}

/** Inserts or updates the reference lists in one transaction. */
export async function upsertReferenceLists(db: Db, lists: ReferenceLists): Promise<ReferenceCounts> {
  await db.transaction(async (tx) => {
    if (lists.municipalities.length > 0) {
      await tx
        .insert(municipality)
        .values(lists.municipalities.map((m) => ({ code: m.code, name: m.name, province: m.province, lat: m.point.lat, lon: m.point.lon })))
        .onConflictDoUpdate({
          target: municipality.code,
          set: { name: sql`excluded.name`, province: sql`excluded.province`, lat: sql`excluded.lat`, lon: sql`excluded.lon` },
        });
    }
    if (lists.insurers.length > 0) {
      await tx
        .insert(insurer)
        .values(lists.insurers)
        .onConflictDoUpdate({
          target: insurer.id,
          set: { label: sql`excluded.label`, concern: sql`excluded.concern`, uzovi: sql`excluded.uzovi` },
        });
    }
    if (lists.diagnosisGroups.length > 0) {
      await tx
        .insert(diagnosisGroup)
        .values(lists.diagnosisGroups)
        .onConflictDoUpdate({
          target: diagnosisGroup.code,
          set: { name: sql`excluded.name`, status: sql`excluded.status` },
        });
    }
  });
  return {
    municipalities: lists.municipalities.length,
    insurers: lists.insurers.length,
    diagnosisGroups: lists.diagnosisGroups.length,
  };
}

/** Reads the reference files in `dir` and upserts them; idempotent. */
export async function loadReferenceData(db: Db, dir: string): Promise<ReferenceCounts> {
  return upsertReferenceLists(db, await readReferenceFiles(dir));
}

/** All municipalities, by code. */
export async function listMunicipalities(db: Db): Promise<Municipality[]> {
  const rows = await db.select().from(municipality).orderBy(asc(municipality.code));
  return rows.map((r) => ({ code: r.code, name: r.name, province: r.province, point: { lat: r.lat, lon: r.lon } }));
}

/** All insurer labels, by id. */
export async function listInsurers(db: Db): Promise<Insurer[]> {
  return db.select().from(insurer).orderBy(asc(insurer.id));
}

/** All diagnosis groups, by code ("nog-niet-gesteld" sorts after the numbered groups). */
export async function listDiagnosisGroups(db: Db): Promise<DiagnosisGroup[]> {
  return db.select().from(diagnosisGroup).orderBy(asc(diagnosisGroup.code));
}

/** The three lists together, as the in-memory care map needs them. */
export async function listReferenceLists(db: Db): Promise<ReferenceLists> {
  // One after the other, so that this also works inside a transaction on node-postgres.
  const municipalities = await listMunicipalities(db);
  const insurers = await listInsurers(db);
  const diagnosisGroups = await listDiagnosisGroups(db);
  return { municipalities, insurers, diagnosisGroups };
}
