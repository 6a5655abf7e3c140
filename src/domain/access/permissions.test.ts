import { describe, expect, it } from 'vitest';
import type { PERMISSIONS } from './permissions';
import { ACTIONS, decide, reachCoversOrganization, reachFor, type Principal } from './permissions';
import { requiresSecondFactor, ROLE_IDS, roleFitsOrganization, type Role } from './roles';

const as = (role: Role, stage: Principal['stage'] = 'full'): Principal => ({
  userId: `u-${role}`,
  displayName: role,
  role,
  organizationId: `o-${role}`,
  stage,
});

describe('the permission model', () => {
  it('lets anonymous visitors read only the public care map, route advice and documentation', () => {
    const open = ACTIONS.filter((a) => decide(null, a).allowed);
    expect(open.sort()).toEqual([
      'care-map:read',
      'public:read',
      'route-advice:read',
      'session:read',
      'session:sign-in',
    ]);
  });
  it('never gives a financier a scope other than aggregates on personal data', () => {
    for (const action of [
      'referral:read',
      'referral:create',
      'referral:change',
      'audit:read',
      'user:read',
    ] as const) {
      expect(decide(as('financier'), action).allowed).toBe(false);
    }
    expect(decide(as('financier'), 'statistics:read')).toEqual({ allowed: true, scope: 'aggregate' });
  });
  it('limits GPs and provider staff to their own organisation’s referrals; the coordinator sees the region', () => {
    expect(reachFor(as('huisarts'), 'referral:read')).toEqual({
      kind: 'organization',
      organizationId: 'o-huisarts',
    });
    expect(reachFor(as('aanbieder-medewerker'), 'referral:read')).toEqual({
      kind: 'organization',
      organizationId: 'o-aanbieder-medewerker',
    });
    expect(reachFor(as('verwijsadviseur'), 'referral:read')).toEqual({ kind: 'all' });
    const provider = reachFor(as('aanbieder-medewerker'), 'referral:read');
    expect(reachCoversOrganization(provider, ['o-huisarts', 'o-aanbieder-medewerker'])).toBe(true);
    expect(reachCoversOrganization(provider, ['o-huisarts', 'o-other'])).toBe(false);
  });
  it('keeps a half-signed-in session to the steps of signing in', () => {
    const pending = as('huisarts', 'second-factor');
    expect(decide(pending, 'session:second-factor').allowed).toBe(true);
    expect(decide(pending, 'account:read')).toEqual({ allowed: false, reason: 'stage' });
    expect(decide(pending, 'referral:read')).toEqual({ allowed: false, reason: 'stage' });
    expect(decide(as('huisarts', 'enrol-second-factor'), 'account:enrol-second-factor').allowed).toBe(true);
    expect(decide(as('huisarts', 'change-password'), 'account:change-password').allowed).toBe(true);
    expect(decide(as('huisarts', 'change-password'), 'account:enrol-second-factor').allowed).toBe(false);
  });
  it('answers "not signed in" and "no access" as the two errors the HTTP layer maps to 401 and 403', () => {
    expect(() => reachFor(null, 'account:read')).toThrow(expect.objectContaining({ code: 'niet-aangemeld' }));
    expect(() => reachFor(as('huisarts'), 'audit:read')).toThrow(
      expect.objectContaining({ code: 'geen-toegang' }),
    );
  });
  it('gives the audit trail only to the coordinator and the administrator, and rights only to the administrator', () => {
    const who = (action: keyof typeof PERMISSIONS) => ROLE_IDS.filter((r) => decide(as(r), action).allowed);
    expect(who('audit:read')).toEqual(['verwijsadviseur', 'beheerder']);
    expect(who('user:change-rights')).toEqual(['beheerder']);
  });
});

describe('roles', () => {
  it('requires a second factor for every role that sees personal data or the audit trail, not for a financier', () => {
    expect(requiresSecondFactor(['financier'])).toBe(false);
    for (const role of ROLE_IDS.filter((r) => r !== 'financier'))
      expect(requiresSecondFactor([role])).toBe(true);
    expect(requiresSecondFactor(['financier', 'huisarts'])).toBe(true);
  });
  it('fits roles to organisation kinds: a GP in a practice, a financier at an insurer or municipality', () => {
    expect(roleFitsOrganization('huisarts', 'huisartsenpraktijk')).toBe(true);
    expect(roleFitsOrganization('huisarts', 'zorgverzekeraar')).toBe(false);
    expect(roleFitsOrganization('financier', 'gemeente')).toBe(true);
    expect(roleFitsOrganization('aanbieder-medewerker', 'ggz-instelling')).toBe(true);
  });
});

describe('the steps of signing in', () => {
  it('asks a GP with a second factor for it, then for a new password after a reset', async () => {
    const { stageAfterFirstFactor, stageAfterSecondFactor } = await import('./session-stages');
    const gp = { secondFactorEnabled: true, mustChangePassword: true, roles: ['huisarts'] as Role[] };
    expect(stageAfterFirstFactor(gp)).toBe('second-factor');
    expect(stageAfterSecondFactor(gp)).toBe('change-password');
    expect(stageAfterSecondFactor({ ...gp, mustChangePassword: false })).toBe('full');
  });
  it('makes a new GP set up a second factor, and lets a financier in without one', async () => {
    const { stageAfterFirstFactor } = await import('./session-stages');
    expect(
      stageAfterFirstFactor({ secondFactorEnabled: false, mustChangePassword: false, roles: ['huisarts'] }),
    ).toBe('enrol-second-factor');
    expect(
      stageAfterFirstFactor({ secondFactorEnabled: false, mustChangePassword: false, roles: ['financier'] }),
    ).toBe('full');
    expect(
      stageAfterFirstFactor({
        secondFactorEnabled: false,
        mustChangePassword: true,
        roles: ['financier'],
        singleSignOn: true,
      }),
    ).toBe('full');
  });
});
