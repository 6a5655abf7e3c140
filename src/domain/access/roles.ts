/**
 * Roles (rollen) and the kinds of organisation each role can belong to. A user holds a role in an
 * organisation (a membership); one user may have memberships in several organisations, and a
 * session acts for one of them at a time (the active membership).
 */
import type { OrganizationKind } from '../catalog/vocabulary';

export const ROLES = [
  {
    id: 'huisarts',
    label: 'Huisarts',
    organizationKinds: ['huisartsenpraktijk'],
    seesPersonalData: true,
  },
  {
    id: 'poh-ggz',
    label: 'POH-GGZ',
    organizationKinds: ['huisartsenpraktijk'],
    seesPersonalData: true,
  },
  {
    id: 'praktijkmedewerker',
    label: 'Praktijkmedewerker',
    organizationKinds: ['huisartsenpraktijk'],
    seesPersonalData: true,
  },
  {
    id: 'verwijsadviseur',
    label: 'Verwijsadviseur (regionaal coördinator)',
    organizationKinds: ['regionale-organisatie'],
    seesPersonalData: true,
  },
  {
    id: 'aanbieder-medewerker',
    label: 'Medewerker zorgaanbieder',
    organizationKinds: [
      'ggz-praktijk',
      'ggz-instelling',
      'welzijnsorganisatie',
      'ehealth-aanbieder',
      'ervaringsorganisatie',
    ],
    seesPersonalData: true,
  },
  {
    id: 'financier',
    label: 'Financier (zorgverzekeraar of gemeente)',
    organizationKinds: ['zorgverzekeraar', 'gemeente'],
    seesPersonalData: false,
  },
  {
    id: 'beheerder',
    label: 'Beheerder',
    organizationKinds: ['regionale-organisatie', 'huisartsenpraktijk', 'ggz-instelling', 'gemeente'],
    seesPersonalData: true,
  },
] as const satisfies readonly {
  id: string;
  label: string;
  organizationKinds: readonly OrganizationKind[];
  /** Sees personal data or the audit trail, and therefore needs a second factor. */
  seesPersonalData: boolean;
}[];

export type Role = (typeof ROLES)[number]['id'];
export const ROLE_IDS = ROLES.map((r) => r.id) as readonly Role[];

export function roleInfo(role: Role): (typeof ROLES)[number] {
  const info = ROLES.find((r) => r.id === role);
  if (!info) throw new Error(`unknown role ${role}`);
  return info;
}

export function isRole(value: string): value is Role {
  return (ROLE_IDS as readonly string[]).includes(value);
}

/**
 * Whether a user with these roles must sign in with a second factor (TOTP): every role that sees
 * personal data or the audit trail does. A financier, who sees aggregates only, does not.
 */
export function requiresSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => roleInfo(role).seesPersonalData);
}

/** Whether a role may be held in an organisation of this kind (a GP in a practice, not at an insurer). */
export function roleFitsOrganization(role: Role, kind: string): boolean {
  return (roleInfo(role).organizationKinds as readonly string[]).includes(kind);
}
