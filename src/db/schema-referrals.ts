/**
 * The referral and its closed loop, consultation, the overlegtafel and the verkennend gesprek
 * (issue #6). Re-exported from schema.ts.
 *
 * Personal data is kept to what the receiver needs (domain.md, "Privacy and security"): the
 * referral holds the patient's identification for the letter and a pseudonym for the audit trail;
 * a consultation and an overlegtafel case hold no identification at all. The identification and
 * the free text about the patient in referrals, verkennend-gesprek requests and consultations are
 * stored sealed (src/db/sealed-fields.ts). States and their transitions are validated by the
 * domain (src/domain/referrals); every transition is also an append-only event row, so the history
 * of a referral is never overwritten.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { insurer, organization, region, service } from './schema';
import { appUser } from './schema-auth';

const orgRef = (name: string) => uuid(name).references(() => organization.id);
const userRef = (name: string) => uuid(name).references(() => appUser.id);
const created = () => ({
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const referral = pgTable(
  'referral',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The route the referral is for: 'bggz', 'sggz', 'wor', 'wor-plus', ... (RouteId). */
    route: text('route').notNull(),
    state: text('state').notNull(),
    referrerOrganizationId: orgRef('referrer_organization_id').notNull(),
    referrerUserId: userRef('referrer_user_id').notNull(),
    /** As printed on the letter, fixed at sending. */
    referrerName: text('referrer_name').notNull(),
    referrerAgb: text('referrer_agb'),
    receiverOrganizationId: orgRef('receiver_organization_id').notNull(),
    serviceId: uuid('service_id').references(() => service.id),
    /** The referral this one replaces after a rejection (match again without that provider). */
    previousReferralId: uuid('previous_referral_id'),
    // the patient: what the letter needs, no more. Identification and the free text about the
    // patient are sealed (AES-256-GCM, `v1.…`) by src/db/sealed-fields.ts; the birth date is an
    // ISO date (yyyy-mm-dd) before sealing.
    patientName: text('patient_name').notNull(),
    patientBirthDate: text('patient_birth_date').notNull(),
    patientAddress: text('patient_address'),
    patientPostcode: text('patient_postcode'),
    patientPhone: text('patient_phone'),
    patientEmail: text('patient_email'),
    insurerId: text('insurer_id').references(() => insurer.id),
    /** Only where the law requires it (a GGZ letter under the Zvw); the domain checks the elfproef. */
    bsn: text('bsn'),
    /** personPseudonym(...) of the patient, for the audit trail. */
    patientPseudonym: text('patient_pseudonym').notNull(),
    // the question
    suspectedDisorder: text('suspected_disorder'),
    mainProblem: text('main_problem').notNull(),
    question: text('question').notNull(),
    /** 'bggz' | 'sggz' for a GGZ referral; null for welfare. */
    careLevel: text('care_level'),
    severity: text('severity'),
    risk: text('risk'),
    complexity: text('complexity'),
    course: text('course'),
    patientWish: text('patient_wish'),
    consentToShare: boolean('consent_to_share').notNull(),
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }),
    /** The help question as matching saw it, so "match again" starts from the same need. */
    need: jsonb('need'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    /** Nine months after the letter's date: valid until registration. */
    validUntil: date('valid_until').notNull(),
    intakeOn: date('intake_on'),
    rejectionReason: text('rejection_reason'),
    rejectionNote: text('rejection_note'),
    ...created(),
  },
  (t) => [
    index('referral_referrer_idx').on(t.referrerOrganizationId, t.state),
    index('referral_receiver_idx').on(t.receiverOrganizationId, t.state),
    index('referral_pseudonym_idx').on(t.patientPseudonym),
    check('referral_agb_format', sql`${t.referrerAgb} is null or ${t.referrerAgb} ~ '^[0-9]{8}$'`),
  ],
);

/** Every step in a referral's life: sent, accepted, rejected, question, answer, intake, return message. */
export const referralEvent = pgTable(
  'referral_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referral.id),
    kind: text('kind').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    /** For rejections: the reason code; for return messages: the message kind. */
    code: text('code'),
    message: text('message'),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
    actorUserId: userRef('actor_user_id'),
    actorOrganizationId: orgRef('actor_organization_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_event_referral_idx').on(t.referralId, t.at)],
);

/** In-app notices to an organisation (and optionally one user): "your referral was accepted". */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: orgRef('organization_id').notNull(),
    userId: userRef('user_id'),
    /** 'referral' | 'consultation' | 'case-submission' | 'exploratory' */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notification_organization_idx').on(t.organizationId, t.createdAt)],
);

/** A GP's written question to a GGZ consultant (consultatie GGZ), with the patient's consent. */
export const consultation = pgTable(
  'consultation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requesterOrganizationId: orgRef('requester_organization_id').notNull(),
    requesterUserId: userRef('requester_user_id').notNull(),
    requesterName: text('requester_name').notNull(),
    /** 'psychiater', 'gz-psycholoog', 'klinisch-psycholoog', 'verslavingsarts', ... */
    discipline: text('discipline').notNull(),
    /** The provider answering it (offers a service of kind 'consultatie'). */
    consultantOrganizationId: orgRef('consultant_organization_id').notNull(),
    serviceId: uuid('service_id').references(() => service.id),
    // what the GP wrote about the patient: sealed by src/db/sealed-fields.ts, like a referral's free text
    subject: text('subject').notNull(),
    question: text('question').notNull(),
    patientConsent: boolean('patient_consent').notNull(),
    consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }).notNull(),
    /** The GP also asks for a one-off consult of the consultant with the patient (eenmalig consult, seed 001). */
    oneOffConsult: boolean('one_off_consult').notNull().default(false),
    /** A pseudonym only when the GP gives an identifier; consultation needs no name. */
    patientPseudonym: text('patient_pseudonym'),
    state: text('state').notNull(),
    /** The region's answer term (3 working days by default) after the question, counting Dutch public holidays. */
    dueOn: date('due_on').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** Set when the advice was turned into a referral. */
    referralId: uuid('referral_id').references(() => referral.id),
    ...created(),
  },
  (t) => [
    index('consultation_requester_idx').on(t.requesterOrganizationId, t.state),
    index('consultation_consultant_idx').on(t.consultantOrganizationId, t.state),
    check('consultation_consent', sql`${t.patientConsent}`),
  ],
);

export const consultationMessage = pgTable(
  'consultation_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultation.id),
    authorUserId: userRef('author_user_id').notNull(),
    authorOrganizationId: orgRef('author_organization_id').notNull(),
    authorName: text('author_name').notNull(),
    authorRole: text('author_role').notNull(),
    /** Sealed by src/db/sealed-fields.ts. */
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consultation_message_idx').on(t.consultationId, t.at)],
);

/** A session of the regional GGZ-overlegtafel (every three weeks by default, online). */
export const caseSession = pgTable(
  'case_session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: text('region_id')
      .notNull()
      .references(() => region.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(90),
    place: text('place').notNull(),
    cancelled: boolean('cancelled').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_session_region_idx').on(t.regionId, t.startsAt),
    check('case_session_duration', sql`${t.durationMinutes} > 0`),
  ],
);

/** An anonymised case a GP brings to a session; the advice goes back to the GP. */
export const caseSubmission = pgTable(
  'case_submission',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => caseSession.id),
    submitterOrganizationId: orgRef('submitter_organization_id').notNull(),
    submitterUserId: userRef('submitter_user_id').notNull(),
    submitterName: text('submitter_name').notNull(),
    /** An age band ('18-25', '26-40', ...), never a date of birth. */
    ageBand: text('age_band'),
    summary: text('summary').notNull(),
    question: text('question').notNull(),
    state: text('state').notNull(),
    agendaPosition: integer('agenda_position'),
    advice: text('advice'),
    advisedRoute: text('advised_route'),
    advisedAt: timestamp('advised_at', { withTimezone: true }),
    advisedBy: text('advised_by'),
    ...created(),
  },
  (t) => [
    index('case_submission_session_idx').on(t.sessionId),
    index('case_submission_submitter_idx').on(t.submitterOrganizationId),
  ],
);

/** A verkennend gesprek: the patient talks with the three "wegwijzers"; the outcome is a route. */
export const exploratoryRequest = pgTable(
  'exploratory_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionId: text('region_id')
      .notNull()
      .references(() => region.id),
    requesterOrganizationId: orgRef('requester_organization_id').notNull(),
    requesterUserId: userRef('requester_user_id').notNull(),
    requesterName: text('requester_name').notNull(),
    // sealed by src/db/sealed-fields.ts, like the referral's patient fields
    patientName: text('patient_name').notNull(),
    patientBirthDate: text('patient_birth_date'),
    patientPhone: text('patient_phone'),
    patientPseudonym: text('patient_pseudonym').notNull(),
    patientConsent: boolean('patient_consent').notNull(),
    reason: text('reason').notNull(),
    state: text('state').notNull(),
    plannedAt: timestamp('planned_at', { withTimezone: true }),
    place: text('place'),
    ggzSpecialist: text('ggz_specialist'),
    socialDomainSupporter: text('social_domain_supporter'),
    expertByExperience: text('expert_by_experience'),
    outcomeRoute: text('outcome_route'),
    outcomeNote: text('outcome_note'),
    ...created(),
  },
  (t) => [
    index('exploratory_request_region_idx').on(t.regionId, t.state),
    index('exploratory_request_requester_idx').on(t.requesterOrganizationId),
    check('exploratory_request_consent', sql`${t.patientConsent}`),
  ],
);
