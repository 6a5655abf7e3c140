/**
 * The demo referrals of `npm start` on both databases: made once through the real use cases, so
 * the demo GP's worklist has a referral under each flag, the providers see theirs in their inbox,
 * the rejection signals count the demo rejections, and every patient says it is fictional. Clock:
 * Monday 23 November 2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoReferralsIfEmpty } from '../src/services/demo-referrals';
import type { ReferralList } from '../src/services/referrals';
import { testDatabases } from './support/databases';
import { startTestApp, type TestApp } from './support/app';
import { signInAs, type SignedIn } from './support/session';

describe.each(testDatabases())('demo referrals on $name', ({ name }) => {
  let t: TestApp;
  let gp: SignedIn;
  let made: number;
  beforeAll(async () => {
    t = await startTestApp(name);
    made = await seedDemoReferralsIfEmpty(t.started.services);
    gp = await signInAs(t.app, 'huisarts');
  }, 60_000);
  afterAll(() => t.close());

  const list = async (who: SignedIn) => {
    const res = await who.inject({ method: 'GET', url: '/api/referrals' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ReferralList;
  };

  it('fills every line of the GP’s worklist with fictional patients', async () => {
    expect(made).toBe(7);
    const worklist = await list(gp);
    expect(worklist.counts.total).toBe(7);
    expect(worklist.counts.byFlag).toEqual({
      'geen-reactie': 1,
      afgewezen: 2,
      'informatie-gevraagd': 1,
      'intake-gepland': 1,
      'geldigheid-verloopt': 1,
      verlopen: 0,
    });
    expect(worklist.items.every((r) => r.patientName.endsWith('(fictief)'))).toBe(true);
    const planned = worklist.items.find((r) => r.state === 'intake-gepland');
    expect(planned?.intakeOn).toBe('2026-12-02');
    expect(worklist.items.map((r) => r.route)).toContain('wor');
  });

  it('shows each provider its own referrals, and counts the rejections as signals', async () => {
    const brug = await list(await signInAs(t.app, 'aanbieder'));
    const waterlelie = await list(await signInAs(t.app, 'aanbieder2'));
    expect(brug.counts.total).toBe(3);
    expect(waterlelie.counts.total).toBe(3);
    const financier = await signInAs(t.app, 'financier');
    const res = await financier.inject({
      method: 'GET',
      url: '/api/referrals/signals/rejections?from=2026-01&to=2026-12',
    });
    const reasons = (res.json() as { rows: { reason: string; count: number }[] }).rows.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['omzetplafond', 'geen-capaciteit']));
  });

  it('makes them only once', async () => {
    expect(await seedDemoReferralsIfEmpty(t.started.services)).toBe(0);
    expect((await list(gp)).counts.total).toBe(7);
  });
});
