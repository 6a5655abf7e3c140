/**
 * The web app's client for signing in, one's own account, user management and the audit trail.
 * Types come from the TypeBox schemas in src/http/schemas/auth.ts. Changing requests carry the
 * session's CSRF token from its readable cookie (double submit, see docs/security.md).
 */
import type { Static } from 'typebox';
import type {
  AccountBody,
  AuditEntryBody,
  ChainBody,
  EnrolmentBody,
  SessionBody,
  UserBody,
} from '../http/schemas/auth';
import type { Role } from '../domain/access/roles';
import { decide, type Action } from '../domain/access/permissions';
import { callApi } from './api';

export type Session = Static<typeof SessionBody>;
export type Account = Static<typeof AccountBody>;
export type User = Static<typeof UserBody>;
export type AuditEntry = Static<typeof AuditEntryBody>;
export type ChainVerdict = Static<typeof ChainBody>;
export type Enrolment = Static<typeof EnrolmentBody>;
export interface Membership {
  organizationId: string;
  role: Role;
}
export interface OrganizationOption {
  id: string;
  name: string;
  kind: string;
}

const call = callApi;

const q = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.size > 0 ? `?${search.toString()}` : '';
};

export const authApi = {
  session: () => call<Session>('GET', '/api/auth/session'),
  signIn: (email: string, password: string) =>
    call<Session>('POST', '/api/auth/sign-in', { email, password }),
  secondFactor: (code: string) => call<Session>('POST', '/api/auth/second-factor', { code }),
  signOut: () => call<void>('POST', '/api/auth/sign-out'),
  switchOrganization: (organizationId: string) =>
    call<Session>('PUT', '/api/auth/organization', { organizationId }),
  account: () => call<Account>('GET', '/api/account'),
  changePassword: (currentPassword: string, newPassword: string) =>
    call<Session>('POST', '/api/account/password', { currentPassword, newPassword }),
  beginSecondFactor: () => call<Enrolment>('POST', '/api/account/second-factor'),
  confirmSecondFactor: (code: string) =>
    call<Session>('POST', '/api/account/second-factor/confirm', { code }),

  users: (search?: string) =>
    call<{ items: User[]; total: number }>('GET', `/api/users${q({ q: search, limit: 200 })}`),
  organizations: (search: string, role?: Role) =>
    call<OrganizationOption[]>('GET', `/api/users/organizations${q({ q: search, role })}`),
  createUser: (body: { email: string; displayName: string; memberships: Membership[] }) =>
    call<{ user: User; temporaryPassword: string }>('POST', '/api/users', body),
  changeUser: (id: string, body: { displayName?: string; active?: boolean }) =>
    call<User>('PATCH', `/api/users/${id}`, body),
  setMemberships: (id: string, memberships: Membership[]) =>
    call<User>('PUT', `/api/users/${id}/memberships`, { memberships }),
  resetPassword: (id: string, resetSecondFactor: boolean) =>
    call<{ temporaryPassword: string }>('POST', `/api/users/${id}/password-reset`, { resetSecondFactor }),
  unlock: (id: string) => call<User>('POST', `/api/users/${id}/unlock`),

  audit: (filter: {
    event?: string;
    pseudonym?: string;
    userId?: string;
    from?: string;
    to?: string;
    limit?: number;
  }) => call<AuditEntry[]>('GET', `/api/audit${q(filter)}`),
  personOverview: (pseudonym: string) =>
    call<AuditEntry[]>('GET', `/api/audit/persons/${encodeURIComponent(pseudonym)}`),
  verifyAudit: () => call<ChainVerdict>('GET', '/api/audit/verify'),
};

/** Whether the session may take an action, by the one permission model the server enforces. */
export function sessionMay(session: Session | null, action: Action): boolean {
  if (!session?.signedIn || !session.user || !session.active || !session.stage)
    return decide(null, action).allowed;
  return decide(
    {
      userId: session.user.id,
      displayName: session.user.displayName,
      role: session.active.role,
      organizationId: session.active.organizationId,
      stage: session.stage,
    },
    action,
  ).allowed;
}
