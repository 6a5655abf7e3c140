/**
 * Patient data at rest: the columns of `referral` and `exploratory_request` that say who the
 * patient is, the free text written about them (also the messages on a referral's timeline,
 * `referral_event.message`), and the free text of a consultation (its subject and question, and
 * the messages in its thread) hold sealed values (AES-256-GCM with `keys.personalData`, see
 * src/services/secret-box.ts), so a copy of the database alone does not reveal who the patients
 * are or what is wrong with them. The repositories seal these fields before every insert and
 * update and open them after every select and returning, with the key their caller passes in;
 * above the repositories rows look exactly as they did with plain columns (a birth date is an ISO
 * date, yyyy-mm-dd). Pseudonyms stay as they are: the audit trail finds a person by them.
 *
 * Decision record: docs/decisions/0007-sealed-patient-identification.md.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { isSealed, open, seal, SEALED_PATTERN } from '../services/secret-box';
import type {
  consultation,
  consultationMessage,
  exploratoryRequest,
  referral,
  referralEvent,
} from './schema';

/** The key that seals personal data: `services.auth.keys.personalData`. */
export type PersonalDataKey = Buffer;

/** The keys of a row whose values are text (or null): the only columns that can be sealed. */
type TextField<Row> = {
  [K in keyof Row]-?: Row[K] extends string | null | undefined ? K : never;
}[keyof Row] &
  string;

export interface SealedColumns<Row> {
  /** The table, for error messages. */
  table: string;
  fields: readonly TextField<Row>[];
  /** The row (or part of a row) with every sealed field that holds text sealed. */
  seal<T extends Partial<Row>>(key: PersonalDataKey, row: T): T;
  /** The row with every sealed field opened; throws when one does not open with this key. */
  open<T extends Partial<Row>>(key: PersonalDataKey, row: T): T;
  /** Only the sealed fields of a stored row that are still plain text, sealed (start-up step). */
  sealPlain(key: PersonalDataKey, row: Partial<Row>): Partial<Row>;
}

function sealedColumns<Row>(table: string, fields: readonly TextField<Row>[]): SealedColumns<Row> {
  const each = <T extends Partial<Row>>(row: T, change: (field: string, value: string) => string): T => {
    const copy: Record<string, unknown> = { ...row };
    for (const field of fields) {
      const value = copy[field];
      if (typeof value === 'string') copy[field] = change(field, value);
    }
    return copy as T;
  };
  return {
    table,
    fields,
    seal: (key, row) => each(row, (_field, value) => seal(key, value)),
    open: (key, row) =>
      each(row, (field, value) => {
        try {
          return open(key, value);
        } catch (cause) {
          // Never the value itself in the message: it may be a plain name or BSN.
          throw new Error(
            `${table}.${field} does not open with this key: another WEGWIJZER_SECRET_KEY, a changed value, or a value that was never sealed`,
            { cause },
          );
        }
      }),
    sealPlain(key, row) {
      const change: Record<string, string> = {};
      for (const field of fields) {
        const value = row[field];
        if (typeof value === 'string' && !isSealed(value)) change[field] = seal(key, value);
      }
      return change as Partial<Row>;
    },
  };
}

/** Identification of the patient on a referral, and what the letter says about them in free text. */
export const referralSealed = sealedColumns<typeof referral.$inferSelect>('referral', [
  'patientName',
  'patientBirthDate',
  'patientAddress',
  'patientPostcode',
  'patientPhone',
  'patientEmail',
  'bsn',
  'suspectedDisorder',
  'mainProblem',
  'question',
  'course',
  'patientWish',
  'rejectionNote',
]);

/** The free text of a step on a referral's timeline: questions, answers, return messages, explanations. */
export const referralEventSealed = sealedColumns<typeof referralEvent.$inferSelect>('referral_event', [
  'message',
]);

/** Identification of the person on a verkennend-gesprek request, the reason and the outcome note. */
export const exploratorySealed = sealedColumns<typeof exploratoryRequest.$inferSelect>(
  'exploratory_request',
  ['patientName', 'patientBirthDate', 'patientPhone', 'reason', 'outcomeNote'],
);

/**
 * What the GP wrote about the patient in a consultation question: the subject and the question.
 * The rest of the row is ids, states, dates, the discipline, staff names and the pseudonym.
 */
export const consultationSealed = sealedColumns<typeof consultation.$inferSelect>('consultation', [
  'subject',
  'question',
]);

/** The text of a message in a consultation's thread: the consultant's advice, a follow-up question. */
export const consultationMessageSealed = sealedColumns<typeof consultationMessage.$inferSelect>(
  'consultation_message',
  ['body'],
);

/** True for a column value that is text but not (yet) a sealed value: rows written before sealing. */
export function notSealed(column: PgColumn): SQL {
  return sql`(${column} is not null and ${column} !~ ${SEALED_PATTERN})`;
}
