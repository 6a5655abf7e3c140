/**
 * The GGZ-overlegtafel over the real app on both databases: sessions made on the region's rhythm
 * (every 3 weeks, or what the regional rule says), the identifier check that refuses a case and
 * stores nothing, the submission deadline, who sees which agenda, the order of the agenda, and the
 * advice that goes back to the practice. Clock: Monday 23 November 2026, 11:00 in the Netherlands;
 * the Ede-Wageningen table meets on Thursdays from 9 January 2025 (seeded rule).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntry, caseSession, caseSubmission, notification } from '../../src/db/schema';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

interface Session {
  id: string;
  date: string;
  startTime: string;
  place: string;
  open: boolean;
  cancelled: boolean;
  lastSubmissionDay: string;
  caseCount: number;
  ownCaseCount: number;
  cases: { id: string; position: number; summary: string; submitter: { name: string } | null }[] | null;
}
interface SessionsAnswer {
  available: boolean;
  replacedBy: string | null;
  rhythm: { intervalWeeks: number } | null;
  sessions: Session[];
}
interface CaseAnswer {
  id: string;
  state: string;
  advice: string | null;
  advisedRoute: string | null;
  advisedRouteLabel: string | null;
  session: { id: string };
}

const SUMMARY =
  'Vrouw, eind dertig, sinds 3 maanden somber na verlies van haar baan; schulden sinds 2024 en weinig steun.';
const QUESTION = 'Past WoR+ of eerst basis-ggz?';

describe.each(testDatabases())('GGZ-overlegtafel on $name', ({ name }) => {
  let t: TestApp;
  let gp: SignedIn;
  let otherGp: SignedIn;
  let coordinator: SignedIn;
  let provider: SignedIn;
  let financier: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(name);
    [gp, otherGp, coordinator, provider, financier] = await Promise.all([
      signInAs(t.app, 'huisarts'),
      signInAs(t.app, 'huisarts2'),
      signInAs(t.app, 'verwijsadviseur'),
      signInAs(t.app, 'aanbieder'),
      signInAs(t.app, 'financier'),
    ]);
  });
  afterAll(() => t.close());

  const db = () => t.started.services.database.db;
  const sessionsOf = async (who: SignedIn, regionId: string) => {
    const res = await who.inject({ method: 'GET', url: `/api/case-review/sessions?regionId=${regionId}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SessionsAnswer;
  };
  const submit = (who: SignedIn, sessionId: string, body: Record<string, unknown> = {}) =>
    who.inject({
      method: 'POST',
      url: `/api/case-review/sessions/${sessionId}/cases`,
      payload: { ageBand: '26-40', summary: SUMMARY, question: QUESTION, ...body },
    });
  const caseCount = async () => (await db().select().from(caseSubmission)).length;

  it('keeps the next four sessions on the region rhythm: every 3 weeks on Thursday, online via Teams', async () => {
    const first = await sessionsOf(gp, 'ede-wageningen');
    expect(first.available).toBe(true);
    expect(first.rhythm?.intervalWeeks).toBe(3);
    expect(first.sessions.map((s) => s.date)).toEqual([
      '2026-12-03',
      '2026-12-24',
      '2027-01-14',
      '2027-02-04',
    ]);
    expect(first.sessions[0]).toMatchObject({
      startTime: '12:30',
      place: 'online via Teams',
      open: true,
      lastSubmissionDay: '2026-12-01',
      cases: null,
    });
    // Reading again creates nothing new.
    const again = await sessionsOf(coordinator, 'ede-wageningen');
    expect(again.sessions.map((s) => s.id)).toEqual(first.sessions.map((s) => s.id));
    const rows = await db().select().from(caseSession).where(eq(caseSession.regionId, 'ede-wageningen'));
    expect(rows).toHaveLength(4);
  });

  it('follows another rhythm when the coordinator changes the regional rule', async () => {
    const without = await sessionsOf(gp, 'noordwest-utrecht');
    expect(without).toMatchObject({ available: false, replacedBy: 'consultatie-ggz', sessions: [] });

    const rules = (
      await coordinator.inject({ method: 'GET', url: '/api/regions/noordwest-utrecht/rules' })
    ).json() as {
      ruleId: string;
      versionId: string;
    }[];
    const rule = rules.find((r) => r.ruleId === 'nwu-ggz-overlegtafel')!;
    const change = await coordinator.inject({
      method: 'PUT',
      url: '/api/rules/nwu-ggz-overlegtafel',
      payload: {
        available: true,
        details: { intervalWeeks: 2, firstSession: '2026-11-25', startTime: '16:00', channel: 'online' },
        note: null,
        reason: 'Overlegtafel gestart, elke twee weken op woensdag om vier uur',
        basedOnVersionId: rule.versionId,
      },
    });
    expect(change.statusCode, change.body).toBe(200);

    const withTable = await sessionsOf(gp, 'noordwest-utrecht');
    expect(withTable.rhythm?.intervalWeeks).toBe(2);
    expect(withTable.sessions.every((s) => s.startTime === '16:00')).toBe(true);
    expect(withTable.sessions.map((s) => s.date)).toEqual([
      '2026-11-25',
      '2026-12-09',
      '2026-12-23',
      '2027-01-06',
    ]);
  });

  it('answers 404 for an unknown region and 400 for a malformed one', async () => {
    expect(
      (await gp.inject({ method: 'GET', url: '/api/case-review/sessions?regionId=atlantis' })).statusCode,
    ).toBe(404);
    expect(
      (await gp.inject({ method: 'GET', url: '/api/case-review/sessions?regionId=Ede%20!' })).statusCode,
    ).toBe(400);
  });

  it('checks a text for identifiers without storing anything', async () => {
    const res = await gp.inject({
      method: 'POST',
      url: '/api/case-review/check',
      payload: {
        summary: 'Bereikbaar op 06-12345678, woont alleen.',
        question: 'Wat adviseert u voor mevrouw Jansen?',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      summary: [{ kind: 'telefoonnummer', text: '06-12345678', start: 14, end: 25 }],
      question: [{ kind: 'naam', text: 'Jansen', start: 29, end: 35 }],
    });
  });

  it('refuses a case with a valid BSN, names what it found in Dutch, and stores nothing', async () => {
    const { sessions } = await sessionsOf(gp, 'ede-wageningen');
    const before = await caseCount();
    const res = await submit(gp, sessions[0]!.id, { summary: `${SUMMARY} BSN 111222333.` });
    expect(res.statusCode).toBe(400);
    const error = (
      res.json() as { error: { message: string; details: { field: string; message: string }[] } }
    ).error;
    expect(error.message).toMatch(/herkenbaar/);
    expect(error.details).toEqual([
      { field: 'summary', message: expect.stringContaining('BSN "111222333"') },
    ]);
    expect(await caseCount()).toBe(before);
  });

  it('lets a GP bring in a case: the practice sees a count, the participants the anonymised agenda', async () => {
    const { sessions } = await sessionsOf(gp, 'ede-wageningen');
    const res = await submit(gp, sessions[0]!.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'ingediend', ageBand: '26-40', position: 1 });

    const forGp = (await sessionsOf(gp, 'ede-wageningen')).sessions[0]!;
    expect(forGp).toMatchObject({ caseCount: 1, ownCaseCount: 1, cases: null });
    const forOtherGp = (await sessionsOf(otherGp, 'ede-wageningen')).sessions[0]!;
    expect(forOtherGp).toMatchObject({ caseCount: 1, ownCaseCount: 0, cases: null });

    const forProvider = (await sessionsOf(provider, 'ede-wageningen')).sessions[0]!;
    expect(forProvider.cases).toHaveLength(1);
    expect(forProvider.cases![0]).toMatchObject({ summary: SUMMARY, submitter: null });
    const forCoordinator = (await sessionsOf(coordinator, 'ede-wageningen')).sessions[0]!;
    expect(forCoordinator.cases![0]!.submitter?.name).toBeTruthy();

    const audit = await db()
      .select()
      .from(auditEntry)
      .where(and(eq(auditEntry.objectType, 'overlegtafel-casus'), eq(auditEntry.event, 'create')));
    expect(audit.map((a) => a.objectId)).toContain((res.json() as CaseAnswer).id);
  });

  it('lets provider staff read the agenda but not bring in a case, and keeps the financier out', async () => {
    const { sessions } = await sessionsOf(provider, 'ede-wageningen');
    expect((await submit(provider, sessions[0]!.id)).statusCode).toBe(403);
    expect(
      (
        await provider.inject({
          method: 'POST',
          url: '/api/case-review/check',
          payload: { summary: 'x', question: 'y' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await financier.inject({ method: 'GET', url: '/api/case-review/sessions?regionId=ede-wageningen' }))
        .statusCode,
    ).toBe(403);
    expect((await financier.inject({ method: 'GET', url: '/api/case-review/cases' })).statusCode).toBe(403);
    expect(
      (
        await gp.inject({
          method: 'POST',
          url: '/api/case-review/sessions',
          payload: { regionId: 'ede-wageningen', date: '2026-12-10', time: '12:30' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses a case after the deadline, two working days before the session', async () => {
    const added = await coordinator.inject({
      method: 'POST',
      url: '/api/case-review/sessions',
      payload: { regionId: 'ede-wageningen', date: '2026-11-25', time: '16:00', place: 'Gemeentehuis Ede' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const session = added.json() as Session;
    expect(session).toMatchObject({ date: '2026-11-25', lastSubmissionDay: '2026-11-23', open: true });

    const tomorrow = await coordinator.inject({
      method: 'POST',
      url: '/api/case-review/sessions',
      payload: { regionId: 'ede-wageningen', date: '2026-11-24', time: '12:30' },
    });
    expect(tomorrow.statusCode, tomorrow.body).toBe(201);
    const closed = tomorrow.json() as Session;
    expect(closed).toMatchObject({ lastSubmissionDay: '2026-11-20', open: false });
    const before = await caseCount();
    const late = await submit(gp, closed.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/tot en met vrijdag 20 november 2026/);
    expect(await caseCount()).toBe(before);
    // a session in the past cannot be added
    const past = await coordinator.inject({
      method: 'POST',
      url: '/api/case-review/sessions',
      payload: { regionId: 'ede-wageningen', date: '2026-11-20', time: '12:30' },
    });
    expect(past.statusCode).toBe(400);
  });

  it('lets the coordinator order the agenda, with every case exactly once', async () => {
    const { sessions } = await sessionsOf(coordinator, 'ede-wageningen');
    const target = sessions.find((s) => s.date === '2026-12-24')!;
    const a = (await submit(gp, target.id)).json() as CaseAnswer;
    const b = (await submit(otherGp, target.id, { ageBand: '56-70' })).json() as CaseAnswer;

    const reorder = await coordinator.inject({
      method: 'PUT',
      url: `/api/case-review/sessions/${target.id}/agenda`,
      payload: { caseIds: [b.id, a.id] },
    });
    expect(reorder.statusCode, reorder.body).toBe(200);
    expect((reorder.json() as { id: string; position: number }[]).map((c) => [c.id, c.position])).toEqual([
      [b.id, 1],
      [a.id, 2],
    ]);
    const incomplete = await coordinator.inject({
      method: 'PUT',
      url: `/api/case-review/sessions/${target.id}/agenda`,
      payload: { caseIds: [a.id] },
    });
    expect(incomplete.statusCode).toBe(400);
  });

  it('returns the advice to the practice that brought the case in, with a notification', async () => {
    const { sessions } = await sessionsOf(gp, 'ede-wageningen');
    const submitted = (
      await submit(gp, sessions.find((s) => s.date === '2026-12-03')!.id)
    ).json() as CaseAnswer;

    const advice = await coordinator.inject({
      method: 'POST',
      url: `/api/case-review/cases/${submitted.id}/advice`,
      payload: {
        advice: 'Start WoR+ met een welzijnscoach; verwijs bij geen verbetering na 2 maanden naar de BGGZ.',
        advisedRoute: 'wor-plus',
      },
    });
    expect(advice.statusCode, advice.body).toBe(200);
    expect(advice.json()).toMatchObject({
      state: 'besproken',
      advisedRoute: 'wor-plus',
      advisedRouteLabel: 'Welzijn op Recept+ (WoR+)',
    });

    const own = (await gp.inject({ method: 'GET', url: '/api/case-review/cases' })).json() as CaseAnswer[];
    expect(own.find((c) => c.id === submitted.id)).toMatchObject({
      state: 'besproken',
      advisedRoute: 'wor-plus',
    });
    const others = (
      await otherGp.inject({ method: 'GET', url: '/api/case-review/cases' })
    ).json() as CaseAnswer[];
    expect(others.map((c) => c.id)).not.toContain(submitted.id);

    const notices = await db().select().from(notification).where(eq(notification.subjectId, submitted.id));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ subjectType: 'case-submission' });
    expect(notices[0]!.text).toMatch(/Advies: Welzijn op Recept\+ \(WoR\+\)\./);

    const wrongRoute = await coordinator.inject({
      method: 'POST',
      url: `/api/case-review/cases/${submitted.id}/advice`,
      payload: { advice: 'Nog eens', advisedRoute: 'ggz-overlegtafel' },
    });
    expect(wrongRoute.statusCode).toBe(400);
    const unknown = await coordinator.inject({
      method: 'POST',
      url: '/api/case-review/cases/00000000-0000-4000-8000-000000000000/advice',
      payload: { advice: 'x', advisedRoute: 'bggz' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('moves open cases to the next session when the coordinator cancels one, and tells the practice', async () => {
    const { sessions } = await sessionsOf(coordinator, 'ede-wageningen');
    const from = sessions.find((s) => s.date === '2027-01-14')!;
    const to = sessions.find((s) => s.date === '2027-02-04')!;
    const moving = (await submit(otherGp, from.id)).json() as CaseAnswer;

    const cancel = await coordinator.inject({
      method: 'POST',
      url: `/api/case-review/sessions/${from.id}/cancel`,
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json()).toMatchObject({ cancelled: true, open: false, caseCount: 0 });

    const mine = (
      await otherGp.inject({ method: 'GET', url: '/api/case-review/cases' })
    ).json() as CaseAnswer[];
    expect(mine.find((c) => c.id === moving.id)?.session.id).toBe(to.id);
    const notices = await db().select().from(notification).where(eq(notification.subjectId, moving.id));
    expect(notices[0]?.text).toMatch(/vervalt; uw casus staat nu op de agenda van donderdag 4 februari 2027/);
    // a cancelled session stays cancelled and is not generated again
    const after = await sessionsOf(gp, 'ede-wageningen');
    expect(after.sessions.filter((s) => s.date === '2027-01-14').map((s) => s.cancelled)).toEqual([true]);
    expect((await submit(gp, from.id)).statusCode).toBe(409);
  });
});
