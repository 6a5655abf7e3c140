/**
 * Upgrading a database that an earlier version filled in plain text (a demo data directory from an
 * earlier `npm start`), on both databases: the database is migrated up to 0004 only, a referral
 * with an event, a verkennend-gesprek request and a consultation with a message are written as
 * that version wrote them (birth date in a `date` column, BSN, names and free text in plain text),
 * then the app starts on it. Migration 0005 and the start-up step sealPlainPatientData leave no
 * identifying value or free text about the patient in plain text, the repositories read back
 * exactly what was written, a second run changes nothing, and another key fails loudly instead of
 * answering garbage.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultAuthConfig } from '../src/config-auth';
import { openDatabase, type Database, type Db } from '../src/db/client';
import { consultationMessages, findConsultation } from '../src/db/consultation-repository';
import { findExploratory } from '../src/db/exploratory-repository';
import { findReferral, referralEvents } from '../src/db/referral-repository';
import {
  consultation,
  consultationMessage,
  exploratoryRequest,
  referral,
  referralEvent,
} from '../src/db/schema';
import {
  consultationMessageSealed,
  consultationSealed,
  exploratorySealed,
  referralEventSealed,
  referralSealed,
} from '../src/db/sealed-fields';
import { deriveKeys, isSealed } from '../src/services/secret-box';
import { sealPlainPatientData, startServices } from '../src/services/start';
import { createPostgresDatabase, testDatabases } from './support/databases';

const migrations = fileURLToPath(new URL('../src/db/migrations', import.meta.url));

/** A copy of the migrations folder that ends at `lastTag`: the schema of an earlier version. */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wegwijzer-migrations-'));
  await mkdir(join(folder, 'meta'));
  const journal = JSON.parse(await readFile(join(migrations, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  if (last < 0) throw new Error(`no migration ${lastTag}`);
  journal.entries = journal.entries.slice(0, last + 1);
  for (const entry of journal.entries) {
    await cp(join(migrations, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  }
  await writeFile(join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

async function migrateWith(database: Database, migrationsFolder: string): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}

/** Where the database lives between the old version and the new start: a directory or a server database. */
async function emptyStore(
  name: 'pglite' | 'postgres',
): Promise<{ url?: string; dataDir?: string; drop(): Promise<void> }> {
  if (name === 'postgres') {
    const created = await createPostgresDatabase(process.env.DATABASE_URL!);
    return { url: created.url, drop: created.drop };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'wegwijzer-data-'));
  return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

const PLAIN = {
  referral: {
    patientName: 'Hüseyin Yılmaz',
    patientBirthDate: '1979-11-30',
    patientAddress: 'Kerkweg 3, Wageningen',
    patientPostcode: '6701 AA',
    patientPhone: '06-98765432',
    patientEmail: 'h.yilmaz@example.nl',
    bsn: '111222333',
    suspectedDisorder: 'Posttraumatische stressstoornis',
    mainProblem: 'Herbelevingen en vermijding na een ongeval.',
    question: 'Traumabehandeling.',
    course: 'Zes gesprekken met de POH-GGZ.',
    patientWish: 'Liefst in de avond.',
    rejectionNote: 'Aanmeldstop tot februari.',
  },
  eventMessage: 'Welke medicatie gebruikt hij?',
  exploratory: {
    patientName: 'Petra de Boer',
    patientBirthDate: '1984-05-17',
    patientPhone: '06-12345678',
    reason: 'Loopt vast op werk, relatie en geldzaken.',
    outcomeNote: 'WoR+ met coach.',
  },
  consultation: {
    subject: 'Antipsychotica bij late psychose',
    question: 'Man van 81 hoort sinds de dood van zijn vrouw stemmen. Quetiapine of eerst afwachten?',
  },
  consultationMessage: 'Advies: eerst een delier uitsluiten, dan laag gedoseerd starten.',
};
const PLAIN_VALUES = [
  ...Object.values(PLAIN.referral),
  PLAIN.eventMessage,
  ...Object.values(PLAIN.exploratory),
  ...Object.values(PLAIN.consultation),
  PLAIN.consultationMessage,
];

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

/** Writes rows the way the version before sealing did: plain values, birth dates in `date` columns. */
async function writeAsBefore(
  db: Db,
): Promise<{ referralId: string; exploratoryId: string; consultationId: string }> {
  const r = PLAIN.referral;
  const e = PLAIN.exploratory;
  const [org] = rowsOf(
    await db.execute(
      sql`insert into organization (name, kind) values ('Huisartsenpraktijk De Oude Versie', 'huisartsenpraktijk') returning id`,
    ),
  );
  const [receiver] = rowsOf(
    await db.execute(
      sql`insert into organization (name, kind) values ('GZ-praktijk Oud', 'ggz-praktijk') returning id`,
    ),
  );
  const [user] = rowsOf(
    await db.execute(
      sql`insert into app_user (email, display_name) values ('oud@example.nl', 'Dr. Oud') returning id`,
    ),
  );
  await db.execute(
    sql`insert into region (id, name, municipality_codes, source) values ('oud', 'Oude regio', '{}', 'test')`,
  );
  const [ref] = rowsOf(
    await db.execute(sql`
      insert into referral (route, state, referrer_organization_id, referrer_user_id, referrer_name,
        receiver_organization_id, patient_name, patient_birth_date, patient_address, patient_postcode,
        patient_phone, patient_email, bsn, patient_pseudonym, suspected_disorder, main_problem, question,
        care_level, course, patient_wish, consent_to_share, sent_at, valid_until, rejection_reason,
        rejection_note)
      values ('sggz', 'afgewezen', ${org!.id}, ${user!.id}, 'Dr. Oud', ${receiver!.id}, ${r.patientName},
        ${r.patientBirthDate}::date, ${r.patientAddress}, ${r.patientPostcode}, ${r.patientPhone},
        ${r.patientEmail}, ${r.bsn}, 'p-0123', ${r.suspectedDisorder}, ${r.mainProblem}, ${r.question},
        'sggz', ${r.course}, ${r.patientWish}, true, now(), '2027-08-23', 'geen-capaciteit',
        ${r.rejectionNote})
      returning id`),
  );
  await db.execute(
    sql`insert into referral_event (referral_id, kind, to_state, message)
        values (${ref!.id}, 'informatie-gevraagd', 'informatie-gevraagd', ${PLAIN.eventMessage})`,
  );
  const [exp] = rowsOf(
    await db.execute(sql`
      insert into exploratory_request (region_id, requester_organization_id, requester_user_id,
        requester_name, patient_name, patient_birth_date, patient_phone, patient_pseudonym,
        patient_consent, reason, state, outcome_note)
      values ('oud', ${org!.id}, ${user!.id}, 'Dr. Oud', ${e.patientName}, ${e.patientBirthDate}::date,
        ${e.patientPhone}, 'p-4567', true, ${e.reason}, 'aangevraagd', ${e.outcomeNote})
      returning id`),
  );
  const c = PLAIN.consultation;
  const [con] = rowsOf(
    await db.execute(sql`
      insert into consultation (requester_organization_id, requester_user_id, requester_name, discipline,
        consultant_organization_id, subject, question, patient_consent, consent_recorded_at, state, due_on)
      values (${org!.id}, ${user!.id}, 'Dr. Oud', 'psychiater', ${receiver!.id}, ${c.subject}, ${c.question},
        true, now(), 'beantwoord', '2026-11-26')
      returning id`),
  );
  await db.execute(sql`
    insert into consultation_message (consultation_id, author_user_id, author_organization_id, author_name,
      author_role, body)
    values (${con!.id}, ${user!.id}, ${receiver!.id}, 'Dr. Oud', 'aanbieder-medewerker', ${PLAIN.consultationMessage})`);
  return { referralId: String(ref!.id), exploratoryId: String(exp!.id), consultationId: String(con!.id) };
}

describe.each(testDatabases())('patient data written before sealing, on $name', ({ name }) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('is sealed at start-up, reads back the same, stays put on a second run, and fails loudly with another key', async () => {
    const store = await emptyStore(name);
    cleanup.push(store.drop);
    const oldMigrations = await migrationsUpTo('0004_portal_referrals');
    cleanup.push(() => rm(oldMigrations, { recursive: true, force: true }));

    const old = await openDatabase({ url: store.url, dataDir: store.dataDir });
    await migrateWith(old, oldMigrations);
    const ids = await writeAsBefore(old.db);
    await old.close();

    const started = await startServices({
      databaseUrl: store.url,
      dataDir: store.dataDir,
      demo: false,
      catalogRefreshSeconds: 0,
      auth: defaultAuthConfig(),
    });
    cleanup.push(() => started.close());
    const { db } = started.services.database;
    const key = started.services.auth.keys.personalData;

    const rawRows = async () => ({
      referral: (await db.select().from(referral).where(eq(referral.id, ids.referralId)))[0]!,
      events: await db.select().from(referralEvent).where(eq(referralEvent.referralId, ids.referralId)),
      exploratory: (
        await db.select().from(exploratoryRequest).where(eq(exploratoryRequest.id, ids.exploratoryId))
      )[0]!,
      consultation: (await db.select().from(consultation).where(eq(consultation.id, ids.consultationId)))[0]!,
      consultationMessages: await db
        .select()
        .from(consultationMessage)
        .where(eq(consultationMessage.consultationId, ids.consultationId)),
    });
    const raw = await rawRows();
    const json = JSON.stringify(raw);
    for (const value of PLAIN_VALUES) expect(json, value).not.toContain(value);
    expect(json).not.toContain('1979');
    expect(json).not.toContain('1984');
    for (const field of referralSealed.fields)
      expect(isSealed(String(raw.referral[field])), field).toBe(true);
    for (const field of exploratorySealed.fields) {
      expect(isSealed(String(raw.exploratory[field])), field).toBe(true);
    }
    expect(isSealed(String(raw.events[0]!.message))).toBe(true);
    expect(referralEventSealed.fields).toEqual(['message']);
    for (const field of consultationSealed.fields) {
      expect(isSealed(String(raw.consultation[field])), field).toBe(true);
    }
    expect(consultationSealed.fields).toEqual(['subject', 'question']);
    expect(raw.consultationMessages).toHaveLength(1);
    expect(isSealed(raw.consultationMessages[0]!.body)).toBe(true);
    expect(consultationMessageSealed.fields).toEqual(['body']);
    // the workflow's columns of a consultation are left as they were
    expect(raw.consultation).toMatchObject({
      state: 'beantwoord',
      discipline: 'psychiater',
      requesterName: 'Dr. Oud',
    });
    // what the audit trail goes by is left as it was
    expect(raw.referral.patientPseudonym).toBe('p-0123');

    const all = { kind: 'all' } as const;
    expect(await findReferral(db, key, ids.referralId, all)).toMatchObject(PLAIN.referral);
    expect((await referralEvents(db, key, ids.referralId)).map((e) => e.message)).toEqual([
      PLAIN.eventMessage,
    ]);
    expect(await findExploratory(db, key, ids.exploratoryId, all)).toMatchObject(PLAIN.exploratory);
    expect(await findConsultation(db, key, ids.consultationId, all)).toMatchObject(PLAIN.consultation);
    expect((await consultationMessages(db, key, ids.consultationId)).map((m) => m.body)).toEqual([
      PLAIN.consultationMessage,
    ]);

    // idempotent: nothing left to seal, and the sealed values stay exactly as they are
    expect(await sealPlainPatientData(started.services.database, key)).toEqual({
      referrals: 0,
      referralEvents: 0,
      exploratoryRequests: 0,
      consultations: 0,
      consultationMessages: 0,
    });
    expect(await rawRows()).toEqual(raw);

    // another server key does not answer garbage: it throws, naming the column, not the value
    const otherKey = deriveKeys(randomBytes(32)).personalData;
    await expect(findReferral(db, otherKey, ids.referralId, all)).rejects.toThrow(
      /^referral\.patientName does not open with this key/,
    );
    await expect(findExploratory(db, otherKey, ids.exploratoryId, all)).rejects.toThrow(
      /^exploratory_request\.patientName does not open with this key/,
    );
    await expect(referralEvents(db, otherKey, ids.referralId)).rejects.toThrow(/^referral_event\.message/);
    await expect(findConsultation(db, otherKey, ids.consultationId, all)).rejects.toThrow(
      /^consultation\.subject does not open with this key/,
    );
    await expect(consultationMessages(db, otherKey, ids.consultationId)).rejects.toThrow(
      /^consultation_message\.body/,
    );
  });
});
