/**
 * The permission model, in one place: for every action, which roles may take it and over whose
 * data (the scope), whether anonymous visitors may take it, and which session stages it is open
 * to. Every HTTP route names one action (src/http/auth.ts enforces it before the handler runs) and
 * every query over personal data narrows itself with the caller's reach (reachFor), so a
 * provider's staff see only their own organisation's rows and a financier only aggregates.
 *
 * Adding a feature: add its actions here, name one on each route, and use reachFor in its
 * repository. The route × role test derives its expectations from this table.
 */
import { DomainError } from '../errors';
import { ROLE_IDS, type Role } from './roles';

/**
 * Whose data an allowed role reaches (wiens gegevens):
 * - all: every row (a regional coordinator over the region's data; public care-map data);
 * - own-organization: only rows of the organisation the session acts for;
 * - self: only the user's own account;
 * - aggregate: counts and figures, never a row about a person.
 */
export type Scope = 'all' | 'own-organization' | 'self' | 'aggregate';

/**
 * How far a session has come: password checked but second factor pending, second factor still to
 * be set up, a password that must be changed first (after a reset), or fully signed in.
 */
export type SessionStage = 'second-factor' | 'enrol-second-factor' | 'change-password' | 'full';
export const SESSION_STAGES: readonly SessionStage[] = [
  'second-factor',
  'enrol-second-factor',
  'change-password',
  'full',
];

export interface ActionRule {
  /** What the action is, in Dutch, for the model overview. */
  label: string;
  /** Open to visitors who are not signed in: only for data about no person (the public care map). */
  anonymous?: true;
  /** Session stages besides 'full' in which the action is open (the steps of signing in). */
  partialStages?: readonly SessionStage[];
  /** The roles that may take the action, each with its scope. A role not listed is refused. */
  grants: Partial<Record<Role, Scope>>;
}

const everyone = (scope: Scope): Record<Role, Scope> =>
  Object.fromEntries(ROLE_IDS.map((role) => [role, scope])) as Record<Role, Scope>;
const ALL_PARTIAL: readonly SessionStage[] = ['second-factor', 'enrol-second-factor', 'change-password'];

export const PERMISSIONS = {
  // ---- public information: the sociale kaart holds no personal data ----
  'public:read': {
    label: 'Openbare pagina’s, API-documentatie en gezondheid',
    anonymous: true,
    grants: everyone('all'),
  },
  'care-map:read': {
    label: 'Sociale kaart, zoeken, matching en referentiegegevens',
    anonymous: true,
    grants: everyone('all'),
  },
  'route-advice:read': {
    label: 'Routeadvies (keuzehulp) en regionale afspraken inzien',
    anonymous: true,
    grants: everyone('all'),
  },

  // ---- signing in and one's own account ----
  'session:read': {
    label: 'Eigen sessie bekijken',
    anonymous: true,
    partialStages: ALL_PARTIAL,
    grants: everyone('self'),
  },
  'session:sign-in': {
    label: 'Aanmelden',
    anonymous: true,
    partialStages: ALL_PARTIAL,
    grants: everyone('self'),
  },
  'session:second-factor': {
    label: 'Tweede factor invoeren',
    partialStages: ['second-factor'],
    grants: everyone('self'),
  },
  'session:sign-out': { label: 'Afmelden', partialStages: ALL_PARTIAL, grants: everyone('self') },
  'session:switch-organization': { label: 'Wisselen van organisatie', grants: everyone('self') },
  'account:read': { label: 'Eigen account bekijken', grants: everyone('self') },
  'account:change-password': {
    label: 'Eigen wachtwoord wijzigen',
    partialStages: ['change-password'],
    grants: everyone('self'),
  },
  'account:enrol-second-factor': {
    label: 'Tweede factor instellen',
    partialStages: ['enrol-second-factor'],
    grants: everyone('self'),
  },

  // ---- administration ----
  'user:read': { label: 'Gebruikers en hun rechten inzien', grants: { beheerder: 'all' } },
  'user:manage': {
    label: 'Gebruikers aanmaken, wijzigen, deblokkeren en wachtwoord resetten',
    grants: { beheerder: 'all' },
  },
  'user:change-rights': {
    label: 'Rollen en organisaties van gebruikers wijzigen',
    grants: { beheerder: 'all' },
  },
  'route-rule:change': {
    label: 'Regionale afspraken wijzigen',
    grants: { verwijsadviseur: 'all', beheerder: 'all' },
  },
  'waiting-time:import': {
    label: 'Wachttijden en aanmeldstops importeren (bestand)',
    grants: { 'aanbieder-medewerker': 'own-organization', verwijsadviseur: 'all', beheerder: 'all' },
  },

  // ---- the audit trail (NEN 7513) ----
  'audit:read': {
    label: 'Audittrail inzien, ook per persoon',
    grants: { verwijsadviseur: 'all', beheerder: 'all' },
  },
  'audit:verify': { label: 'Hashketen van de audittrail controleren', grants: { beheerder: 'all' } },

  // ---- personal data of later features (referrals, waiting lists), declared so they plug in ----
  'referral:create': {
    label: 'Verwijzing opstellen en versturen',
    grants: {
      huisarts: 'own-organization',
      'poh-ggz': 'own-organization',
      praktijkmedewerker: 'own-organization',
    },
  },
  'referral:read': {
    label: 'Verwijzingen inzien',
    grants: {
      huisarts: 'own-organization',
      'poh-ggz': 'own-organization',
      praktijkmedewerker: 'own-organization',
      'aanbieder-medewerker': 'own-organization',
      verwijsadviseur: 'all',
    },
  },
  'referral:change': {
    label: 'Verwijzing wijzigen, beantwoorden of overdragen',
    grants: {
      huisarts: 'own-organization',
      'poh-ggz': 'own-organization',
      'aanbieder-medewerker': 'own-organization',
      verwijsadviseur: 'all',
    },
  },
  'care-map:edit': {
    label: 'Eigen aanbod, wachttijden, aanmeldstops en omzetplafonds bijwerken (portaal)',
    grants: { 'aanbieder-medewerker': 'own-organization', verwijsadviseur: 'all', beheerder: 'all' },
  },
  'api-key:manage': {
    label: 'API-sleutels voor de koppeling met het eigen systeem beheren',
    grants: { 'aanbieder-medewerker': 'own-organization', beheerder: 'all' },
  },
  'freshness:read': {
    label: 'Te bevestigen gegevens (actualiteit) en herinneringen inzien',
    grants: { 'aanbieder-medewerker': 'own-organization', verwijsadviseur: 'all', beheerder: 'all' },
  },
  'outbox:manage': {
    label: 'Herinneringen aanmaken en de uitgaande berichten inzien',
    grants: { verwijsadviseur: 'all', beheerder: 'all' },
  },
  'notification:read': {
    label: 'Meldingen voor de eigen organisatie inzien',
    grants: {
      huisarts: 'own-organization',
      'poh-ggz': 'own-organization',
      praktijkmedewerker: 'own-organization',
      'aanbieder-medewerker': 'own-organization',
      verwijsadviseur: 'own-organization',
    },
  },
  'consultation:request': {
    label: 'Consultatie GGZ aanvragen (met toestemming van de patiënt)',
    grants: { huisarts: 'own-organization', 'poh-ggz': 'own-organization' },
  },
  'consultation:read': {
    label: 'Consultatievragen en hun berichten inzien',
    grants: {
      huisarts: 'own-organization',
      'poh-ggz': 'own-organization',
      'aanbieder-medewerker': 'own-organization',
      verwijsadviseur: 'all',
    },
  },
  'consultation:answer': {
    label: 'Consultatievragen beantwoorden (consulent)',
    grants: { 'aanbieder-medewerker': 'own-organization' },
  },
  'case-review:submit': {
    label: 'Geanonimiseerde casus inbrengen bij de GGZ-overlegtafel',
    grants: { huisarts: 'own-organization', 'poh-ggz': 'own-organization' },
  },
  'case-review:read': {
    label: 'Sessies, agenda en adviezen van de GGZ-overlegtafel inzien',
    grants: {
      huisarts: 'own-organization',
      'poh-ggz': 'own-organization',
      'aanbieder-medewerker': 'all',
      verwijsadviseur: 'all',
    },
  },
  'case-review:manage': {
    label: 'Overlegtafel plannen, agenda opstellen en advies vastleggen',
    grants: { verwijsadviseur: 'all' },
  },
  'exploratory:request': {
    label: 'Verkennend gesprek aanvragen',
    grants: { huisarts: 'own-organization', 'poh-ggz': 'own-organization' },
  },
  'exploratory:read': {
    label: 'Verkennende gesprekken inzien',
    grants: { huisarts: 'own-organization', 'poh-ggz': 'own-organization', verwijsadviseur: 'all' },
  },
  'exploratory:manage': {
    label: 'Verkennend gesprek plannen met de drie wegwijzers en de uitkomst vastleggen',
    grants: { verwijsadviseur: 'all' },
  },
  'statistics:read': {
    label: 'Cijfers over wachttijden, verwijzingen en wachtenden (geaggregeerd)',
    grants: { financier: 'aggregate', verwijsadviseur: 'aggregate', beheerder: 'aggregate' },
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

export function ruleOf(action: Action): ActionRule {
  return PERMISSIONS[action];
}

/** The signed-in user as the permission model sees them: one role in one organisation. */
export interface Principal {
  userId: string;
  displayName: string;
  role: Role;
  organizationId: string;
  stage: SessionStage;
}

export type Decision =
  { allowed: true; scope: Scope } | { allowed: false; reason: 'not-signed-in' | 'stage' | 'role' };

/** Decides whether this caller (null: not signed in) may take the action, and with which scope. */
export function decide(principal: Principal | null, action: Action): Decision {
  const rule = ruleOf(action);
  const grant = principal ? rule.grants[principal.role] : undefined;
  if (rule.anonymous) return { allowed: true, scope: principal && grant ? grant : 'all' };
  if (!principal) return { allowed: false, reason: 'not-signed-in' };
  if (principal.stage !== 'full' && !(rule.partialStages ?? []).includes(principal.stage)) {
    return { allowed: false, reason: 'stage' };
  }
  if (!grant) return { allowed: false, reason: 'role' };
  return { allowed: true, scope: grant };
}

/** Whose rows a query may return: the concrete form of a scope for one principal. */
export type Reach =
  | { kind: 'all' }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'aggregate' };

export const notSignedIn = () => new DomainError('niet-aangemeld', 'Meld u aan om verder te gaan.');
export const forbidden = (internal?: string) =>
  new DomainError('geen-toegang', 'U heeft geen toegang tot deze gegevens of handeling.', [], internal);

/** The reach of a principal for an action, or the error to answer when the action is not allowed. */
export function reachFor(principal: Principal | null, action: Action): Reach {
  const decision = decide(principal, action);
  if (!decision.allowed) {
    throw decision.reason === 'not-signed-in'
      ? notSignedIn()
      : forbidden(`${action} refused: ${decision.reason}`);
  }
  switch (decision.scope) {
    case 'all':
      return { kind: 'all' };
    case 'aggregate':
      return { kind: 'aggregate' };
    case 'self':
      if (!principal) throw notSignedIn();
      return { kind: 'user', userId: principal.userId };
    case 'own-organization':
      if (!principal) throw notSignedIn();
      return { kind: 'organization', organizationId: principal.organizationId };
  }
}

/** Whether the reach covers a row that belongs to one of these organisations (for single-row checks). */
export function reachCoversOrganization(
  reach: Reach,
  organizationIds: readonly (string | null | undefined)[],
): boolean {
  if (reach.kind === 'all') return true;
  if (reach.kind === 'organization') return organizationIds.includes(reach.organizationId);
  return false;
}
