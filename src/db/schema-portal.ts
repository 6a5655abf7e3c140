/**
 * Keeping the care map current (issue #5). Re-exported from schema.ts.
 *
 * - service_version: every edit of a service's descriptive fields (portal) keeps a snapshot, so
 *   the history of a service is viewable; the service row itself holds the current state.
 * - api_key: keys with which a provider's own system posts waiting times for its organisation;
 *   only a SHA-256 hash of the key is stored, the key itself is shown once.
 * - outbox_message: e-mail to send (reminders to confirm facts, notifications), written in the
 *   same transaction as the change that causes it; a sender delivers it when SMTP is configured.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organization, service } from './schema';

export const serviceVersion = pgTable(
  'service_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => service.id),
    /** The service's editable fields after the change (name, description, kind, themes, ...). */
    snapshot: jsonb('snapshot').notNull(),
    /** Names of the fields this version changed. */
    changedFields: text('changed_fields').array().notNull().default(sql`'{}'`),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_version_service_idx').on(t.serviceId, t.recordedAt)],
);

export const apiKey = pgTable(
  'api_key',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    /** A name the provider chooses ("koppeling EPD"). */
    name: text('name').notNull(),
    /** The first characters of the key, shown in lists so a key can be recognised. */
    prefix: text('prefix').notNull(),
    /** SHA-256 (hex) of the whole key. */
    keyHash: text('key_hash').notNull().unique(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('api_key_organization_idx').on(t.organizationId),
    check('api_key_hash_format', sql`${t.keyHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

export const outboxMessage = pgTable(
  'outbox_message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** What the message is: 'herinnering-actualiteit', 'verwijzing-status', ... */
    kind: text('kind').notNull(),
    /** The organisation the message is for (its staff receive it); null for a single address. */
    organizationId: uuid('organization_id').references(() => organization.id),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** Makes writing a message idempotent: one reminder per organisation per period. */
    dedupeKey: text('dedupe_key').unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    index('outbox_message_pending_idx').on(t.sentAt, t.createdAt),
    check('outbox_message_attempts', sql`${t.attempts} >= 0`),
  ],
);
