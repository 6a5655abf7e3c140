/**
 * Consultatie GGZ end to end over the real app and both databases: choosing a consultant, asking
 * with the patient's consent, due dates in Dutch working days around holidays, the overdue flag
 * under the fixed clock (Monday 23 November 2026), the thread in the order it was written, the
 * notices to the other side, closing, the role limits (another provider sees nothing), and the
 * free text stored sealed.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/audit-repository';
import { consultation, consultationMessage, notification } from '../../src/db/schema';
import { personPseudonym } from '../../src/domain/audit/pseudonym';
import type { ConsultantOption, ConsultationDetail, ConsultationListItem } from '../../src/services/consultations';
import { isSealed } from '../../src/services/secret-box';
import { testDatabases } from '../support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

const QUESTION = 'Patiënt gebruikt sertraline 50 mg zonder effect na 8 weken. Ophogen of wisselen?';

describe.each(testDatabases())('consultation API on $name', ({ name }) => {
  let t: TestApp;
  let gp: SignedIn;
  let poh: SignedIn;
  let consultant: SignedIn;
  let otherProvider: SignedIn;
  let otherGp: SignedIn;
  let coordinator: SignedIn;
  let financier: SignedIn;
  let assistant: SignedIn;
  let consultantOrgId: string;
  let practiceOrgId: string;
  let serviceId: string;

  const orgOf = async (who: SignedIn) =>
    ((await who.inject({ method: 'GET', url: '/api/auth/session' })).json() as { active: { organizationId: string } })
      .active.organizationId;

  beforeAll(async () => {
    t = await startTestApp(name);
    gp = await signInAs(t.app, 'huisarts');
    poh = await signInAs(t.app, 'poh-ggz');
    consultant = await signInAs(t.app, 'consulent');
    otherProvider = await signInAs(t.app, 'aanbieder');
    otherGp = await signInAs(t.app, 'huisarts2');
    coordinator = await signInAs(t.app, 'verwijsadviseur');
    financier = await signInAs(t.app, 'financier');
    assistant = await signInAs(t.app, 'praktijkmedewerker');
    consultantOrgId = await orgOf(consultant);
    practiceOrgId = await orgOf(gp);
    const res = await gp.inject({ method: 'GET', url: '/api/consultations/consultants?discipline=psychiater' });
    const items = (res.json() as { items: ConsultantOption[] }).items;
    const ours = items.find((c) => c.organizationId === consultantOrgId);
    if (!ours) throw new Error('the demo consultant offers no consultation service for psychiater');
    serviceId = ours.serviceId;
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.started.services.now = () => TEST_NOW;
  });

  /** Moves the business clock for the next requests (the afterEach puts it back). */
  const at = (instant: string) => {
    const moment = new Date(instant);
    t.started.services.now = () => moment;
  };
  const ask = async (who: SignedIn = gp, overrides: Record<string, unknown> = {}) => {
    const res = await who.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: {
        discipline: 'psychiater',
        serviceId,
        subject: 'Medicatie bij depressie',
        question: QUESTION,
        patientConsent: true,
        ...overrides,
      },
    });
    return res;
  };
  const asked = async (who: SignedIn = gp, overrides: Record<string, unknown> = {}) => {
    const res = await ask(who, overrides);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ConsultationDetail;
  };
  const post = (who: SignedIn, id: string, body: string) =>
    who.inject({ method: 'POST', url: `/api/consultations/${id}/messages`, payload: { body } });
  const list = async (who: SignedIn, status?: string) => {
    const res = await who.inject({ method: 'GET', url: `/api/consultations${status ? `?status=${status}` : ''}` });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: ConsultationListItem[] }).items;
  };
  const db = () => t.started.services.database.db;
  const consultationCount = async () => (await db().select({ n: count() }).from(consultation))[0]?.n ?? 0;
  const noticesAbout = (id: string) =>
    db().select().from(notification).where(eq(notification.subjectId, id)).orderBy(notification.createdAt);

  it('lists the consultation services for a discipline, with the service id', async () => {
    const res = await gp.inject({ method: 'GET', url: '/api/consultations/consultants?discipline=gz-psycholoog' });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: ConsultantOption[] }).items;
    for (const item of items) {
      expect(item.disciplines.length === 0 || item.disciplines.includes('gz-psycholoog')).toBe(true);
    }
    const all = (
      (await gp.inject({ method: 'GET', url: '/api/consultations/consultants' })).json() as { items: ConsultantOption[] }
    ).items;
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThanOrEqual(items.length);
    expect(all.find((c) => c.serviceId === serviceId)?.organizationId).toBe(consultantOrgId);
  });

  it('stores a question with the consent and a due date three working days later, and tells the consultant', async () => {
    const created = await asked();
    expect(created).toMatchObject({
      state: 'open',
      discipline: 'psychiater',
      disciplineLabel: 'Psychiater',
      consultantOrganizationId: consultantOrgId,
      requesterOrganizationId: practiceOrgId,
      askedAt: TEST_NOW.toISOString(),
      dueOn: '2026-11-26',
      overdue: false,
      patientConsent: true,
      patientPseudonymSet: false,
      oneOffConsult: false,
      messages: [],
      viewerSide: 'aanvrager',
      may: { reply: true, close: true, convertToReferral: false },
    });
    const notices = await noticesAbout(created.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ organizationId: consultantOrgId, subjectType: 'consultation' });
    expect(notices[0]?.text).toMatch(/stelt een consultatievraag \(Psychiater\); antwoord uiterlijk donderdag 26 november 2026/);
    expect(notices[0]?.text).not.toContain('depressie');
    const [entry] = await listAudit(db(), { objectType: 'consultation', objectId: created.id, event: 'create', limit: 5 });
    expect(entry?.details).toMatchObject({ dueOn: '2026-11-26', discipline: 'psychiater' });
  });

  it('records a request for a one-off consult with the patient and tells the consultant', async () => {
    const created = await asked(gp, { oneOffConsult: true });
    expect(created.oneOffConsult).toBe(true);
    const [notice] = await noticesAbout(created.id);
    expect(notice?.text).toMatch(/stelt een consultatievraag \(Psychiater\) en vraagt een eenmalig consult met de patiënt;/);
    const inbox = await list(consultant);
    expect(inbox.find((c) => c.id === created.id)?.oneOffConsult).toBe(true);
    const bad = await ask(gp, { oneOffConsult: 'ja' });
    expect(bad.statusCode).toBe(400);
  });

  it('stores the subject, the question and the messages sealed: the raw rows reveal none of it, the API answers it all', async () => {
    const subject = 'Lithium bij kinderwens';
    const question = 'Patiënte met een bipolaire stoornis wil zwanger worden. Lithium afbouwen of doorgaan?';
    const answer = 'Advies: niet abrupt stoppen; spiegel elk trimester en overleg met de gynaecoloog.';
    const followUp = 'Dank. Zij twijfelt nog over borstvoeding.';
    const created = await asked(gp, { subject, question });
    expect((await post(consultant, created.id, answer)).statusCode).toBe(200);
    expect((await post(gp, created.id, followUp)).statusCode).toBe(200);

    const [raw] = await db().select().from(consultation).where(eq(consultation.id, created.id));
    const messages = await db()
      .select()
      .from(consultationMessage)
      .where(eq(consultationMessage.consultationId, created.id))
      .orderBy(consultationMessage.at);
    expect(messages).toHaveLength(2);
    const stored = JSON.stringify({ raw, messages });
    for (const value of [subject, question, answer, followUp, 'Lithium', 'bipolaire', 'borstvoeding']) {
      expect(stored, value).not.toContain(value);
    }
    for (const value of [raw!.subject, raw!.question, ...messages.map((m) => m.body)]) {
      expect(isSealed(value), value).toBe(true);
    }
    // What the workflow and the thread's layout go by stays readable.
    expect(raw).toMatchObject({
      state: 'open',
      discipline: 'psychiater',
      requesterName: created.requesterName,
      consultantOrganizationId: consultantOrgId,
      patientPseudonym: null,
    });
    expect(messages.map((m) => m.authorOrganizationId)).toEqual([consultantOrgId, practiceOrgId]);

    for (const reader of [gp, consultant, coordinator]) {
      const res = await reader.inject({ method: 'GET', url: `/api/consultations/${created.id}` });
      const thread = res.json() as ConsultationDetail;
      expect(thread).toMatchObject({ subject, question });
      expect(thread.messages.map((m) => m.body)).toEqual([answer, followUp]);
    }
    expect((await list(gp)).find((c) => c.id === created.id)?.subject).toBe(subject);
    expect((await list(consultant, 'open')).find((c) => c.id === created.id)?.subject).toBe(subject);
  });

  it('refuses a question without the patient’s consent with a Dutch message, and stores nothing', async () => {
    const before = await consultationCount();
    const refused = await ask(gp, { patientConsent: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/alleen mogelijk met toestemming van de patiënt/);
    expect(refused.json().error.details).toContainEqual({
      field: 'patientConsent',
      message: 'consultatie kan alleen met toestemming van de patiënt',
    });
    const missing = await gp.inject({
      method: 'POST',
      url: '/api/consultations',
      payload: { discipline: 'psychiater', serviceId, subject: 'Vraag', question: QUESTION },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toContainEqual({ field: 'patientConsent', message: 'is verplicht' });
    expect(await consultationCount()).toBe(before);
  });

  it('refuses a too short question, a service that is no consultation, and a discipline the service does not name', async () => {
    const short = await ask(gp, { question: 'Graag advies' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details).toContainEqual({
      field: 'question',
      message: 'De vraag moet minstens 20 tekens lang zijn',
    });
    const notConsultation = await ask(gp, { serviceId: '00000000-0000-4000-8000-000000000000' });
    expect(notConsultation.statusCode).toBe(400);
    expect(notConsultation.json().error.message).toBe('Kies een consulent uit de lijst.');
    const all = (
      (await gp.inject({ method: 'GET', url: '/api/consultations/consultants' })).json() as { items: ConsultantOption[] }
    ).items;
    const narrow = all.find((c) => c.disciplines.length > 0 && !c.disciplines.includes('verslavingsarts'));
    expect(narrow, 'the demo care map has a consultation service that names its disciplines').toBeDefined();
    const wrong = await ask(gp, { serviceId: narrow?.serviceId, discipline: 'verslavingsarts' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/biedt geen consultatie door een verslavingsarts/);
  });

  it.each([
    ['Thursday 24 December 2026 (Christmas and the weekend)', '2026-12-24T09:00:00+01:00', '2026-12-30'],
    ['Saturday 28 November 2026 (counts from Monday)', '2026-11-28T11:00:00+01:00', '2026-12-03'],
    ['Friday 23 April 2027 (Koningsdag on Tuesday)', '2027-04-23T09:00:00+02:00', '2027-04-29'],
    ['Thursday 25 March 2027 (Good Friday and Easter Monday)', '2027-03-25T09:00:00+01:00', '2027-04-01'],
    ['00:30 on Thursday 24 December, Dutch time', '2026-12-23T23:30:00Z', '2026-12-30'],
  ])('sets the due date of a question asked on %s', async (_, instant, due) => {
    at(instant);
    const created = await asked();
    expect(created.dueOn).toBe(due);
    expect(created.askedAt).toBe(new Date(instant).toISOString());
  });

  it('flags an open question as overdue (te laat) after its due date, not on it', async () => {
    at('2026-11-17T10:00:00+01:00'); // Tuesday: due Friday 20 November
    const late = await asked(poh);
    at('2026-11-18T10:00:00+01:00'); // Wednesday: due Monday 23 November, today
    const dueToday = await asked(poh);
    t.started.services.now = () => TEST_NOW;
    expect([late.dueOn, dueToday.dueOn]).toEqual(['2026-11-20', '2026-11-23']);

    const overdue = await list(gp, 'te-laat');
    expect(overdue.map((c) => c.id)).toContain(late.id);
    expect(overdue.map((c) => c.id)).not.toContain(dueToday.id);
    expect(overdue.every((c) => c.overdue && c.state === 'open')).toBe(true);
    const everything = await list(gp);
    expect(everything.find((c) => c.id === dueToday.id)?.overdue).toBe(false);
    // The consultant's list shows the same flag.
    expect((await list(consultant, 'te-laat')).map((c) => c.id)).toContain(late.id);

    // An answer ends the flag.
    expect((await post(consultant, late.id, 'Advies: ophogen naar 100 mg en over 4 weken evalueren.')).statusCode).toBe(200);
    expect((await list(gp, 'te-laat')).map((c) => c.id)).not.toContain(late.id);
    expect((await list(gp, 'beantwoord')).find((c) => c.id === late.id)?.overdue).toBe(false);
  });

  it('keeps the thread in the order written, reopens on a follow-up with a new due date, and notifies each side', async () => {
    const created = await asked();
    const answer = await post(consultant, created.id, 'Advies: ophogen naar 100 mg sertraline.');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      state: 'beantwoord',
      answeredAt: TEST_NOW.toISOString(),
      viewerSide: 'consulent',
      may: { reply: true, close: false, convertToReferral: false },
    });

    at('2026-11-25T14:00:00+01:00'); // Wednesday: the new round is due Monday 30 November
    const followUp = await post(gp, created.id, 'Dank. En als dat na 4 weken niet helpt?');
    expect(followUp.json()).toMatchObject({
      state: 'open',
      dueOn: '2026-11-30',
      answeredAt: null,
      // The first advice can still become a referral while the follow-up waits.
      may: { convertToReferral: true },
    });
    const second = await post(consultant, created.id, 'Dan overstappen op een ander middel of verwijzen naar de basis-ggz.');
    expect(second.json()).toMatchObject({ state: 'beantwoord' });
    const addition = await post(consultant, created.id, 'Aanvulling: let op het QT-interval.');
    expect(addition.statusCode).toBe(200);

    const thread = (await gp.inject({ method: 'GET', url: `/api/consultations/${created.id}` })).json() as ConsultationDetail;
    expect(thread.messages.map((m) => [m.side, m.body.slice(0, 10)])).toEqual([
      ['consulent', 'Advies: op'],
      ['aanvrager', 'Dank. En a'],
      ['consulent', 'Dan overst'],
      ['consulent', 'Aanvulling'],
    ]);
    // The answer of the second round is the first consultant message after the follow-up.
    expect(thread.answeredAt).toBe(thread.messages[2]?.at);
    expect(thread.messages.map((m) => m.at)).toEqual([...thread.messages.map((m) => m.at)].sort());
    expect(thread.may).toEqual({ reply: true, close: true, convertToReferral: true });
    expect(thread.messages[0]).toMatchObject({
      authorName: 'J. Meijer (consulent GGZ)',
      authorOrganizationName: thread.consultantOrganizationName,
    });

    const notices = await noticesAbout(created.id);
    expect(notices.map((n) => [n.organizationId === consultantOrgId ? 'consulent' : 'praktijk', n.text])).toEqual([
      ['consulent', expect.stringMatching(/stelt een consultatievraag/)],
      ['praktijk', expect.stringMatching(/heeft uw consultatievraag \(Psychiater\) beantwoord/)],
      ['consulent', expect.stringMatching(/vervolgvraag .* antwoord uiterlijk maandag 30 november 2026/)],
      ['praktijk', expect.stringMatching(/beantwoord/)],
      ['praktijk', expect.stringMatching(/nieuw bericht/)],
    ]);
    const updates = await listAudit(db(), { objectType: 'consultation', objectId: created.id, event: 'update', limit: 10 });
    expect(updates).toHaveLength(4);
  });

  it('closes on the GP’s request only; nothing can be added afterwards', async () => {
    const created = await asked();
    expect((await consultant.inject({ method: 'POST', url: `/api/consultations/${created.id}/close` })).statusCode).toBe(403);
    const closed = await gp.inject({ method: 'POST', url: `/api/consultations/${created.id}/close` });
    expect(closed.json()).toMatchObject({ state: 'afgesloten', closedAt: TEST_NOW.toISOString(), may: { reply: false, close: false } });
    const again = await gp.inject({ method: 'POST', url: `/api/consultations/${created.id}/close` });
    expect(again.statusCode).toBe(409);
    const late = await post(consultant, created.id, 'Toch nog een antwoord.');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/afgesloten/);
    expect((await list(gp, 'afgesloten')).map((c) => c.id)).toContain(created.id);
  });

  it('shows a consultation only to the practice, the consultant’s organisation and the coordinator', async () => {
    const created = await asked();
    const url = `/api/consultations/${created.id}`;
    expect((await consultant.inject({ method: 'GET', url })).statusCode).toBe(200);
    expect((await coordinator.inject({ method: 'GET', url })).json()).toMatchObject({
      viewerSide: null,
      may: { reply: false, close: false, convertToReferral: false },
    });
    // Another provider and another practice: as if it does not exist.
    for (const stranger of [otherProvider, otherGp]) {
      expect((await stranger.inject({ method: 'GET', url })).statusCode).toBe(404);
      expect((await post(stranger, created.id, 'Mag ik meelezen?')).statusCode).toBe(404);
      expect((await list(stranger)).map((c) => c.id)).not.toContain(created.id);
    }
    expect((await otherGp.inject({ method: 'POST', url: `${url}/close` })).statusCode).toBe(404);
    // The coordinator reads but does not write.
    expect((await post(coordinator, created.id, 'Een opmerking van het loket.')).statusCode).toBe(403);
    // A financier sees no consultation at all; a practice assistant may not ask.
    expect((await financier.inject({ method: 'GET', url: '/api/consultations' })).statusCode).toBe(403);
    expect((await financier.inject({ method: 'GET', url })).statusCode).toBe(403);
    expect((await ask(assistant)).statusCode).toBe(403);
    expect((await ask(consultant)).statusCode).toBe(403);
    expect((await consultant.inject({ method: 'GET', url: '/api/consultations/consultants' })).statusCode).toBe(403);
  });

  it('keeps only a pseudonym of a given BSN, and audits every read of that thread with it', async () => {
    const bsn = '111222333';
    const created = await asked(gp, { patientBsn: '1112.22.333' });
    expect(created.patientPseudonymSet).toBe(true);
    const [row] = await db().select().from(consultation).where(eq(consultation.id, created.id));
    const pseudonym = personPseudonym(t.started.services.auth.keys.pseudonym, bsn);
    expect(row?.patientPseudonym).toBe(pseudonym);
    expect(JSON.stringify(row)).not.toContain(bsn);
    expect((await consultant.inject({ method: 'GET', url: `/api/consultations/${created.id}` })).statusCode).toBe(200);
    const reads = await listAudit(db(), { subjectPseudonym: pseudonym, event: 'read', limit: 10 });
    expect(reads.map((r) => [r.objectId, r.actorOrganizationId])).toEqual([[created.id, consultantOrgId]]);
    const bad = await ask(gp, { patientBsn: '111222334' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toContainEqual(expect.objectContaining({ field: 'patientBsn' }));
  });

  it('takes the answer term from the region’s consultation rule when a coordinator changes it', async () => {
    const rule = '/api/rules/ew-consultatie-ggz';
    const change = async (answerWorkingDays: number) => {
      const history = (await coordinator.inject({ method: 'GET', url: `${rule}/history` })).json() as {
        versionId: string;
      }[];
      const res = await coordinator.inject({
        method: 'PUT',
        url: rule,
        payload: {
          details: { answerWorkingDays, channel: 'VIPLive' },
          reason: 'Afspraak met de consulenten gewijzigd',
          basedOnVersionId: history.at(-1)?.versionId,
        },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    try {
      await change(5);
      // Asked Monday 23 November 2026: five working days later is Monday 30 November.
      expect((await asked()).dueOn).toBe('2026-11-30');
    } finally {
      await change(3);
    }
    expect((await asked()).dueOn).toBe('2026-11-26');
  });
});
