/**
 * Accounts, sessions and the audit trail (issue #4). Re-exported from schema.ts, so migrations and
 * the Drizzle client see one schema.
 *
 * Users belong to organisations (the `organization` table of the care map, see
 * docs/decisions/0005-accounts.md) through memberships that carry a role. The audit trail is an
 * append-only hash chain: a trigger (in the migration) refuses UPDATE, TRUNCATE and any DELETE
 * except the retention purge of entries older than five years.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLE_IDS } from '../domain/access/roles';
import { SESSION_STAGES } from '../domain/access/permissions';
import { AUDIT_EVENT_IDS } from '../domain/audit/entry';
import { organization } from './schema';

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

/** A person who signs in. `user` is a reserved word in SQL, hence app_user. */
export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The sign-in name, stored in lower case. */
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** The personal AGB code of a care professional (Vektis, 8 digits), printed on referral letters. */
    agb: text('agb'),
    /** argon2id (PHC string); null for an account that signs in through OpenID Connect only. */
    passwordHash: text('password_hash'),
    /** The TOTP secret, encrypted with the server key (AES-256-GCM); set during enrolment. */
    totpSecret: text('totp_secret'),
    /** True once the user confirmed the secret with a correct code. */
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** The last TOTP step accepted, so a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** Set by an administrator's reset: the next sign-in must choose a new password. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    /** `issuer|subject` of a linked OpenID Connect identity. */
    oidcSubject: text('oidc_subject').unique(),
    /** A demo account with a published password; only created in demo mode. */
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('app_user_email_lower', sql`${t.email} = lower(${t.email}) and ${t.email} like '%_@_%'`),
    check('app_user_failed_attempts', sql`${t.failedAttempts} >= 0`),
    check('app_user_agb_format', sql`${t.agb} is null or ${t.agb} ~ '^[0-9]{8}$'`),
  ],
);

/** A user's role in one organisation. */
export const membership = pgTable(
  'membership',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    role: text('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organizationId] }),
    index('membership_organization_idx').on(t.organizationId),
    check('membership_role', inList('role', ROLE_IDS)),
  ],
);

/**
 * A signed-in session. The id is the SHA-256 of the cookie's token, so a leaked table does not
 * hand out sessions. It acts for one membership (organisation and role) at a time.
 */
export const session = pgTable(
  'session',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    organizationId: uuid('organization_id').references(() => organization.id),
    role: text('role'),
    stage: text('stage').notNull(),
    /** The token a browser must echo in the x-csrf-token header on changing requests. */
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** Absolute end, whatever the activity. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    clientAddress: text('client_address'),
  },
  (t) => [
    index('session_user_idx').on(t.userId),
    check('session_stage', inList('stage', SESSION_STAGES)),
    check(
      'session_role',
      sql`${t.role} is null or ${sql.raw(`role in (${ROLE_IDS.map((r) => `'${r}'`).join(', ')})`)}`,
    ),
  ],
);

/**
 * The audit trail (NEN 7513). `seq` is assigned under an advisory lock by the one append function,
 * so the chain never forks; `hash` covers every other column and `prev_hash`.
 */
export const auditEntry = pgTable(
  'audit_entry',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    event: text('event').notNull(),
    outcome: text('outcome').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    actorOrganizationId: uuid('actor_organization_id'),
    onBehalfOf: text('on_behalf_of'),
    subjectPseudonym: text('subject_pseudonym'),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
  },
  (t) => [
    index('audit_entry_subject_idx').on(t.subjectPseudonym, t.seq),
    index('audit_entry_actor_idx').on(t.actorUserId, t.seq),
    index('audit_entry_at_idx').on(t.at),
    check('audit_entry_event', inList('event', AUDIT_EVENT_IDS)),
    check('audit_entry_outcome', inList('outcome', ['success', 'failure'])),
    check('audit_entry_hash_format', sql`${t.hash} ~ '^[0-9a-f]{64}$' and ${t.prevHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * What a retention purge left behind: the last purged entry's sequence number and hash, from which
 * the remaining chain is verified. Append-only as well.
 */
export const auditAnchor = pgTable('audit_anchor', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  purgedCount: integer('purged_count').notNull(),
  cutoff: timestamp('cutoff', { withTimezone: true }).notNull(),
  purgedAt: timestamp('purged_at', { withTimezone: true }).notNull().defaultNow(),
});
