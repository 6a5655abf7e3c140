/**
 * The referral use cases against the real database (PGlite, and PostgreSQL when DATABASE_URL is
 * set), called directly as the HTTP layer would: two steps taken at the same moment cannot both
 * win, and the patient's pseudonym does not depend on how the name was typed. The HTTP behaviour
 * is tested in test/http/referrals-api.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { appUser, membership, organization, service } from '../db/schema';
import type { Principal } from '../domain/access/permissions';
import type { Role } from '../domain/access/roles';
import { DomainError } from '../domain/errors';
import { startTestApp, type TestApp } from '../../test/support/app';
import { testDatabases } from '../../test/support/databases';
import type { UseCaseContext } from './audited';
import { actOnReferral, createReferral, patientPseudonymOf } from './referrals';

describe.each(testDatabases())('referral use cases on $name', ({ name }) => {
  let t: TestApp;
  let gp: UseCaseContext;
  let provider: UseCaseContext;
  let serviceId: string;

  async function contextOf(email: string): Promise<UseCaseContext> {
    const db = t.started.services.database.db;
    const [row] = await db
      .select({
        userId: appUser.id,
        displayName: appUser.displayName,
        role: membership.role,
        organizationId: membership.organizationId,
      })
      .from(appUser)
      .innerJoin(membership, eq(membership.userId, appUser.id))
      .where(eq(appUser.email, email))
      .limit(1);
    if (!row) throw new Error(`no user ${email}`);
    const principal: Principal = { ...row, role: row.role as Role, stage: 'full' };
    return { services: t.started.services, principal };
  }

  beforeAll(async () => {
    t = await startTestApp(name);
    gp = await contextOf('huisarts@demo.wegwijzer.nl');
    provider = await contextOf('aanbieder@demo.wegwijzer.nl');
    const [row] = await t.started.services.database.db
      .select({ id: service.id })
      .from(service)
      .innerJoin(organization, eq(organization.id, service.organizationId))
      .where(and(eq(organization.name, 'GZ-praktijk De Brug'), eq(service.kind, 'bggz')))
      .orderBy(asc(service.name))
      .limit(1);
    serviceId = row!.id;
  }, 60_000);
  afterAll(() => t.close());

  const referral = () =>
    createReferral(gp, {
      serviceId,
      patientName: 'Jan de Groot',
      patientBirthDate: '1991-03-02',
      patientAddress: 'Kerkstraat 1, Doorn',
      patientPostcode: '3941 AA',
      patientPhone: '06 12345678',
      insurerId: 'vgz',
      bsn: '111222333',
      suspectedDisorder: 'Depressieve stoornis',
      mainProblem: 'Somberheid',
      question: 'Behandeling',
      careLevel: 'bggz',
      severity: 'matig',
      risk: 'geen',
      complexity: 'enkelvoudig',
      course: 'Vier maanden',
      consentToShare: true,
    });

  it('lets only one of two colleagues accepting at the same moment through; the other gets a conflict', async () => {
    const sent = await referral();
    const outcomes = await Promise.allSettled([
      actOnReferral(provider, sent.id, { action: 'accepteren' }),
      actOnReferral(provider, sent.id, { action: 'accepteren' }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(DomainError);
    expect((lost[0] as DomainError).code).toBe('conflict');
  });

  it('derives the same pseudonym however the name is typed, and uses the BSN when there is one', () => {
    const a = patientPseudonymOf(gp, { bsn: null, name: 'Jan de Groot', birthDate: '1991-03-02' });
    const b = patientPseudonymOf(gp, { bsn: null, name: '  jan  DE groot ', birthDate: '1991-03-02' });
    const other = patientPseudonymOf(gp, { bsn: null, name: 'Jan de Groot', birthDate: '1991-03-03' });
    const withBsn = patientPseudonymOf(gp, {
      bsn: '111222333',
      name: 'Jan de Groot',
      birthDate: '1991-03-02',
    });
    expect(a).toBe(b);
    expect(a).not.toBe(other);
    expect(withBsn).not.toBe(a);
    expect(a).toMatch(/^p-[0-9a-f]{32}$/);
  });
});
