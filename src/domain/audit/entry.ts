/**
 * The shape of an audit entry in the manner of NEN 7513: what happened (event and outcome), when,
 * who (user, role, organisation, on whose behalf), about which person (a pseudonym, never a name
 * or BSN) and which object. Entries carry no personal data beyond the pseudonym: details hold ids
 * and reasons, not content.
 */
import type { Role } from '../access/roles';

export const AUDIT_EVENTS = [
  // data access (gegevensbenadering)
  { id: 'create', label: 'Aangemaakt', kind: 'gegevens' },
  { id: 'read', label: 'Ingezien', kind: 'gegevens' },
  { id: 'update', label: 'Gewijzigd', kind: 'gegevens' },
  { id: 'delete', label: 'Verwijderd', kind: 'gegevens' },
  { id: 'export', label: 'Geëxporteerd of afgedrukt', kind: 'gegevens' },
  { id: 'search', label: 'Gezocht', kind: 'gegevens' },
  { id: 'transfer', label: 'Overgedragen', kind: 'gegevens' },
  // authentication (aanmelden)
  { id: 'sign-in', label: 'Aangemeld', kind: 'aanmelden' },
  { id: 'sign-in-failed', label: 'Aanmelden mislukt', kind: 'aanmelden' },
  { id: 'second-factor-failed', label: 'Tweede factor onjuist', kind: 'aanmelden' },
  { id: 'sign-out', label: 'Afgemeld', kind: 'aanmelden' },
  { id: 'access-denied', label: 'Toegang geweigerd', kind: 'aanmelden' },
  // management of accounts and rights (beheer)
  { id: 'account-change', label: 'Account gewijzigd', kind: 'beheer' },
  { id: 'rights-change', label: 'Rechten gewijzigd', kind: 'beheer' },
  // the audit trail itself (logbestand)
  { id: 'audit-read', label: 'Audittrail ingezien', kind: 'logbestand' },
  { id: 'audit-purge', label: 'Verlopen audititems opgeruimd', kind: 'logbestand' },
] as const;

export type AuditEvent = (typeof AUDIT_EVENTS)[number]['id'];
export const AUDIT_EVENT_IDS = AUDIT_EVENTS.map((e) => e.id) as readonly AuditEvent[];
export type AuditOutcome = 'success' | 'failure';

/** Who acts: filled from the session; all null for an anonymous caller (a failed sign-in). */
export interface AuditActor {
  userId: string | null;
  role: Role | null;
  organizationId: string | null;
  /** The user or organisation on whose behalf the actor works, when not their own (namens). */
  onBehalfOf?: string | null;
  /** The HTTP request, to tie the entry to the server log. */
  requestId?: string | null;
  /** The client's address, the workstation identification NEN 7513 asks for. */
  clientAddress?: string | null;
}

/** What happened, as a use case reports it. */
export interface AuditFact {
  event: AuditEvent;
  outcome?: AuditOutcome;
  /** The kind of object touched: 'referral', 'user', 'session', 'audit-trail', … */
  objectType: string;
  objectId?: string | null;
  /** The person whose data was touched, as a pseudonym. */
  subjectPseudonym?: string | null;
  /** Small, non-personal context: ids, counts, a reason code. */
  details?: Record<string, string | number | boolean | null>;
}

/** One stored entry: the fact, the actor, its place in the chain and its hash. */
export interface AuditRecord {
  seq: number;
  /** ISO instant with milliseconds. */
  at: string;
  event: AuditEvent;
  outcome: AuditOutcome;
  actorUserId: string | null;
  actorRole: string | null;
  actorOrganizationId: string | null;
  onBehalfOf: string | null;
  subjectPseudonym: string | null;
  objectType: string;
  objectId: string | null;
  details: Record<string, string | number | boolean | null>;
  requestId: string | null;
  clientAddress: string | null;
  prevHash: string;
  hash: string;
}

/**
 * Text the database can store: no NUL characters and no lone surrogates (PostgreSQL refuses both),
 * cleaned before hashing so that the stored entry hashes to what was computed.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what PostgreSQL refuses in text
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storable(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}
const storableOrNull = (text: string | null | undefined) => (text == null ? null : storable(text));

/** Builds the record body (everything but the hash) of a fact by an actor at a place in the chain. */
export function recordOf(
  fact: AuditFact,
  actor: AuditActor,
  at: Date,
  seq: number,
  prevHash: string,
): Omit<AuditRecord, 'hash'> {
  return {
    seq,
    at: at.toISOString(),
    event: fact.event,
    outcome: fact.outcome ?? 'success',
    actorUserId: actor.userId,
    actorRole: actor.role,
    actorOrganizationId: actor.organizationId,
    onBehalfOf: storableOrNull(actor.onBehalfOf),
    subjectPseudonym: storableOrNull(fact.subjectPseudonym),
    objectType: storable(fact.objectType),
    objectId: storableOrNull(fact.objectId),
    details: Object.fromEntries(
      Object.entries(fact.details ?? {}).map(([key, value]) => [
        storable(key),
        typeof value === 'string' ? storable(value) : value,
      ]),
    ),
    requestId: storableOrNull(actor.requestId),
    clientAddress: storableOrNull(actor.clientAddress),
    prevHash,
  };
}
