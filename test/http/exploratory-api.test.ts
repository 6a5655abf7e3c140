/**
 * The verkennend gesprek over the real app on both databases: a GP's request with consent, reads
 * that are logged with the person's pseudonym, reach (another practice gets 404, a financier 403),
 * planning with the three wegwijzers, the outcome returned to the practice with a notification, and
 * cancelling. Clock: Monday 23 November 2026, 11:00 in the Netherlands.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personPseudonym } from '../../src/domain/audit/pseudonym';
import { auditEntry, exploratoryRequest, notification } from '../../src/db/schema';
import { testDatabases } from '../support/databases';
import { startTestApp, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

interface Exploratory {
  id: string;
  state: string;
  patient: { name: string; birthDate: string };
  holdBy: string;
  planning: { date: string; time: string; ggzSpecialist: string } | null;
  outcome: { route: string; routeLabel: string; note: string } | null;
}

const REQUEST = {
  regionId: 'ede-wageningen',
  patientName: 'Petra de Boer',
  birthDate: '1984-05-17',
  phone: '06-12345678',
  reason: 'Loopt vast op werk, relatie en geldzaken; ik weet niet welke route past.',
  consent: true,
};
const PLAN = {
  place: 'Gezondheidscentrum Ede, spreekkamer 2',
  ggzSpecialist: 'T. de Wit, GZ-psycholoog',
  socialDomainSupporter: 'S. Öztürk, welzijnscoach',
  expertByExperience: 'R. Visser',
};

describe.each(testDatabases())('verkennend gesprek on $name', ({ name }) => {
  let t: TestApp;
  let gp: SignedIn;
  let otherGp: SignedIn;
  let coordinator: SignedIn;
  let financier: SignedIn;
  let provider: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(name);
    [gp, otherGp, coordinator, financier, provider] = await Promise.all([
      signInAs(t.app, 'huisarts'),
      signInAs(t.app, 'huisarts2'),
      signInAs(t.app, 'verwijsadviseur'),
      signInAs(t.app, 'financier'),
      signInAs(t.app, 'aanbieder'),
    ]);
  });
  afterAll(() => t.close());

  const db = () => t.started.services.database.db;
  const request = async (body: Record<string, unknown> = {}) => {
    const res = await gp.inject({
      method: 'POST',
      url: '/api/exploratory',
      payload: { ...REQUEST, ...body },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Exploratory;
  };
  const pseudonym = () =>
    personPseudonym(t.started.services.auth.keys.pseudonym, `${REQUEST.patientName}|${REQUEST.birthDate}`);
  const readsOf = async (id: string) =>
    db()
      .select()
      .from(auditEntry)
      .where(and(eq(auditEntry.objectId, id), eq(auditEntry.event, 'read')));

  it('takes a request with consent and stores the person under a pseudonym', async () => {
    const created = await request();
    expect(created).toMatchObject({
      state: 'aangevraagd',
      holdBy: '2026-12-07',
      planning: null,
      outcome: null,
    });
    const [row] = await db().select().from(exploratoryRequest).where(eq(exploratoryRequest.id, created.id));
    expect(row).toMatchObject({
      patientPseudonym: pseudonym(),
      patientConsent: true,
      requesterName: expect.any(String),
    });
  });

  it('stores the person, the reason and the outcome sealed: the raw row reveals none of it, the API answers it all', async () => {
    const created = await request({ reason: 'Vastgelopen na de scheiding, schulden en slapeloosheid.' });
    const planned = await coordinator.inject({
      method: 'POST',
      url: `/api/exploratory/${created.id}/plan`,
      payload: { ...PLAN, date: '2026-11-23', time: '15:00' },
    });
    expect(planned.statusCode, planned.body).toBe(200);
    const recorded = await coordinator.inject({
      method: 'POST',
      url: `/api/exploratory/${created.id}/outcome`,
      payload: { route: 'wor-plus', note: 'Schuldhulp en coach via WoR+.' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);

    const [raw] = await db().select().from(exploratoryRequest).where(eq(exploratoryRequest.id, created.id));
    const stored = JSON.stringify(raw);
    for (const value of [
      REQUEST.patientName,
      'Boer',
      REQUEST.birthDate,
      '1984',
      REQUEST.phone,
      'Vastgelopen na de scheiding',
      'Schuldhulp en coach',
    ]) {
      expect(stored, value).not.toContain(value);
    }
    expect(raw).toMatchObject({ state: 'gevoerd', outcomeRoute: 'wor-plus', place: PLAN.place });

    const seen = (
      await gp.inject({ method: 'GET', url: `/api/exploratory/${created.id}` })
    ).json() as Exploratory & {
      reason: string;
      patient: { phone: string };
    };
    expect(seen).toMatchObject({
      patient: { name: REQUEST.patientName, birthDate: REQUEST.birthDate, phone: REQUEST.phone },
      reason: 'Vastgelopen na de scheiding, schulden en slapeloosheid.',
      outcome: { route: 'wor-plus', note: 'Schuldhulp en coach via WoR+.' },
    });
  });

  it('refuses a request without consent, and one with a date of birth in the future', async () => {
    const noConsent = await gp.inject({
      method: 'POST',
      url: '/api/exploratory',
      payload: { ...REQUEST, consent: false },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details).toContainEqual(expect.objectContaining({ field: 'consent' }));
    const future = await gp.inject({
      method: 'POST',
      url: '/api/exploratory',
      payload: { ...REQUEST, birthDate: '2030-01-01' },
    });
    expect(future.statusCode).toBe(400);
    const region = await gp.inject({
      method: 'POST',
      url: '/api/exploratory',
      payload: { ...REQUEST, regionId: 'atlantis' },
    });
    expect(region.statusCode).toBe(400);
  });

  it("logs every read with the person's pseudonym, in the list and in the detail", async () => {
    const created = await request();
    const list = await gp.inject({ method: 'GET', url: '/api/exploratory' });
    expect(list.statusCode).toBe(200);
    expect((list.json() as Exploratory[]).map((e) => e.id)).toContain(created.id);
    const detail = await gp.inject({ method: 'GET', url: `/api/exploratory/${created.id}` });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({ patient: { name: 'Petra de Boer', birthDate: '1984-05-17' } });

    const reads = await readsOf(created.id);
    expect(reads).toHaveLength(2);
    for (const entry of reads) expect(entry.subjectPseudonym).toBe(pseudonym());
  });

  it('keeps another practice out (404), the financier and provider staff out (403), and lets the coordinator see all', async () => {
    const created = await request();
    expect((await otherGp.inject({ method: 'GET', url: `/api/exploratory/${created.id}` })).statusCode).toBe(
      404,
    );
    expect(
      ((await otherGp.inject({ method: 'GET', url: '/api/exploratory' })).json() as Exploratory[]).map(
        (e) => e.id,
      ),
    ).not.toContain(created.id);
    expect((await financier.inject({ method: 'GET', url: '/api/exploratory' })).statusCode).toBe(403);
    expect((await provider.inject({ method: 'GET', url: `/api/exploratory/${created.id}` })).statusCode).toBe(
      403,
    );
    expect(
      (await coordinator.inject({ method: 'GET', url: `/api/exploratory/${created.id}` })).statusCode,
    ).toBe(200);
    // the GP cannot plan
    const byGp = await gp.inject({
      method: 'POST',
      url: `/api/exploratory/${created.id}/plan`,
      payload: { ...PLAN, date: '2026-11-26', time: '14:00' },
    });
    expect(byGp.statusCode).toBe(403);
  });

  it('plans with the three wegwijzers in the future and returns the outcome to the practice', async () => {
    const created = await request();
    const plan = (body: Record<string, unknown>) =>
      coordinator.inject({
        method: 'POST',
        url: `/api/exploratory/${created.id}/plan`,
        payload: { ...PLAN, ...body },
      });

    const past = await plan({ date: '2026-11-23', time: '09:00' });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.details).toContainEqual(expect.objectContaining({ field: 'date' }));
    const missing = await plan({ date: '2026-11-26', time: '14:00', expertByExperience: ' ' });
    expect(missing.statusCode).toBe(400);

    const tomorrow = await plan({ date: '2026-11-24', time: '10:00' });
    expect(tomorrow.statusCode, tomorrow.body).toBe(200);
    expect(tomorrow.json()).toMatchObject({
      state: 'gepland',
      planning: { date: '2026-11-24', time: '10:00', ggzSpecialist: PLAN.ggzSpecialist },
    });

    const outcome = (body: Record<string, unknown>) =>
      coordinator.inject({ method: 'POST', url: `/api/exploratory/${created.id}/outcome`, payload: body });
    const early = await outcome({ route: 'wor-plus', note: 'Stapeling op meerdere leefgebieden.' });
    expect(early.statusCode).toBe(409);

    // moved to later today: the outcome can be recorded from the day of the conversation on
    expect((await plan({ date: '2026-11-23', time: '15:00' })).statusCode).toBe(200);
    const recorded = await outcome({
      route: 'wor-plus',
      note: 'Stapeling op meerdere leefgebieden; WoR+ met coach.',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      state: 'gevoerd',
      outcome: { route: 'wor-plus', routeLabel: 'Welzijn op Recept+ (WoR+)' },
    });

    const seen = (
      await gp.inject({ method: 'GET', url: `/api/exploratory/${created.id}` })
    ).json() as Exploratory;
    expect(seen.outcome?.note).toMatch(/WoR\+ met coach/);
    const notices = await db().select().from(notification).where(eq(notification.subjectId, created.id));
    expect(notices.map((n) => n.subjectType)).toEqual(['exploratory', 'exploratory', 'exploratory']);
    expect(notices.map((n) => n.text).join(' ')).toMatch(/Advies: Welzijn op Recept\+/);
    for (const notice of notices) expect(notice.text).not.toMatch(/Petra|Boer/);

    expect((await outcome({ route: 'bggz', note: 'nog een keer' })).statusCode).toBe(409);
    expect((await plan({ date: '2026-11-30', time: '10:00' })).statusCode).toBe(409);
    expect(
      (await coordinator.inject({ method: 'POST', url: `/api/exploratory/${created.id}/cancel` })).statusCode,
    ).toBe(409);
  });

  it('lets the coordinator cancel a request that is not yet held', async () => {
    const created = await request();
    const cancelled = await coordinator.inject({
      method: 'POST',
      url: `/api/exploratory/${created.id}/cancel`,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'geannuleerd' });
    const unknown = await coordinator.inject({
      method: 'POST',
      url: '/api/exploratory/00000000-0000-4000-8000-000000000000/cancel',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
