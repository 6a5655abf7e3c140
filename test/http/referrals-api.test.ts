/**
 * The referral's closed loop end to end over the real app and both databases: a GP refers from a
 * service of the care map, the provider finds it in its inbox and accepts, rejects, asks for
 * information or plans the intake; each step notifies the other side; every read is audited with
 * the patient's pseudonym; a provider sees only what was sent to it and a financier only the
 * rejection signals. The business clock starts on Monday 23 November 2026 and is moved forward
 * where a test is about time passing (working days over Christmas, the 9-month validity).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { listAudit } from '../../src/db/audit-repository';
import { insertConsultation } from '../../src/db/consultation-repository';
import { appUser, consultation, organization, referral, referralEvent, service } from '../../src/db/schema';
import { personPseudonym } from '../../src/domain/audit/pseudonym';
import { testDatabases } from '../support/databases';
import { startTestApp, TEST_NOW, type TestApp } from '../support/app';
import { signInAs, type SignedIn } from '../support/session';

interface Referral {
  id: string;
  state: string;
  route: string;
  flags: string[];
  actions: string[];
  validUntil: string;
  intakeOn: string | null;
  direction: string;
  patient: { name: string; bsn: string | null };
  receiver: { organizationId: string; organizationName: string };
  events: { kind: string; code: string | null; message: string | null }[];
}
interface ListAnswer {
  today: string;
  items: {
    id: string;
    state: string;
    flags: string[];
    direction: string;
    intakeOn: string | null;
    patientName: string;
  }[];
}
interface ErrorAnswer {
  error: { code: string; message: string; details: { field: string; message: string }[] };
}

/** A valid BSN from eight digits: the ninth makes the elfproef hold. */
function bsnFrom(eight: string): string {
  for (let start = Number(eight); ; start++) {
    const digits = String(start).padStart(8, '0');
    const sum = [...digits].reduce((total, d, i) => total + Number(d) * (9 - i), 0);
    const check = sum % 11;
    if (check < 10) return `${digits}${check}`;
  }
}

describe.each(testDatabases())('referrals on $name', ({ name }) => {
  let t: TestApp;
  const clock = new Date(TEST_NOW);
  let gp: SignedIn;
  let otherGp: SignedIn;
  let provider: SignedIn;
  let coach: SignedIn;
  let financier: SignedIn;
  let coordinator: SignedIn;
  let brugService: string;
  let brugOrganization: string;
  let worService: string;
  let waterlelieService: string;
  let lindeOrganization: string;
  let bsnCounter = 10_000_000;

  const db = () => t.started.services.database.db;
  const nextBsn = () => bsnFrom(String(++bsnCounter));
  const at = (iso: string) => clock.setTime(Date.parse(iso));

  async function serviceOf(
    organizationName: string,
    kind: string,
  ): Promise<{ id: string; organizationId: string }> {
    const [row] = await db()
      .select({ id: service.id, organizationId: service.organizationId })
      .from(service)
      .innerJoin(organization, eq(organization.id, service.organizationId))
      .where(and(eq(organization.name, organizationName), eq(service.kind, kind)))
      .orderBy(asc(service.name))
      .limit(1);
    if (!row) throw new Error(`no ${kind} service of ${organizationName}`);
    return row;
  }

  const ggzReferral = (overrides: Record<string, unknown> = {}) => ({
    serviceId: brugService,
    need: { municipalityCode: 'GM1581', age: 35, careKinds: ['bggz'] },
    patientName: 'Jan de Groot',
    patientBirthDate: '1991-03-02',
    patientAddress: 'Kerkstraat 1, Doorn',
    patientPostcode: '3941 AA',
    patientPhone: '06 12345678',
    insurerId: 'vgz',
    bsn: nextBsn(),
    suspectedDisorder: 'Depressieve stoornis',
    mainProblem: 'Somberheid en slecht slapen sinds het verlies van zijn baan',
    question: 'Behandeling van de depressieve klachten',
    careLevel: 'bggz',
    severity: 'matig',
    risk: 'geen',
    complexity: 'enkelvoudig',
    course: 'Vier maanden, geen verbetering na zes gesprekken met de POH-GGZ',
    patientWish: 'Liefst dicht bij huis',
    consentToShare: true,
    ...overrides,
  });

  async function send(who: SignedIn, body: Record<string, unknown>): Promise<Referral> {
    const res = await who.inject({ method: 'POST', url: '/api/referrals', payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Referral;
  }
  async function act(who: SignedIn, id: string, body: Record<string, unknown>, status = 200) {
    const res = await who.inject({ method: 'POST', url: `/api/referrals/${id}/actions`, payload: body });
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as Referral & ErrorAnswer;
  }
  async function list(who: SignedIn, query = ''): Promise<ListAnswer> {
    const res = await who.inject({ method: 'GET', url: `/api/referrals${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ListAnswer;
  }
  const referralCount = async () => (await db().select({ n: count() }).from(referral))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp(name, clock);
    [gp, otherGp, provider, coach, financier, coordinator] = [
      await signInAs(t.app, 'huisarts'),
      await signInAs(t.app, 'huisarts2'),
      await signInAs(t.app, 'aanbieder'),
      await signInAs(t.app, 'welzijn'),
      await signInAs(t.app, 'financier'),
      await signInAs(t.app, 'verwijsadviseur'),
    ];
    const brug = await serviceOf('GZ-praktijk De Brug', 'bggz');
    brugService = brug.id;
    brugOrganization = brug.organizationId;
    worService = (await serviceOf('Stichting Welzijn De Ronde Venen', 'wor')).id;
    waterlelieService = (await serviceOf('GZ-praktijk De Waterlelie', 'bggz')).id;
    const session = (await gp.inject({ method: 'GET', url: '/api/auth/session' })).json() as {
      active: { organizationId: string };
    };
    lindeOrganization = session.active.organizationId;
  }, 120_000);
  afterAll(() => t.close());

  it('sends a GGZ referral to the organisation of the service: stored, notified and audited with the pseudonym', async () => {
    const bsn = nextBsn();
    const sent = await send(gp, ggzReferral({ bsn }));
    expect(sent).toMatchObject({
      state: 'verstuurd',
      route: 'bggz',
      direction: 'verzonden',
      validUntil: '2027-08-23',
      actions: ['intrekken'],
      receiver: { organizationId: brugOrganization, organizationName: 'GZ-praktijk De Brug' },
      patient: { bsn },
    });
    expect(sent.events.map((e) => e.kind)).toEqual(['verstuurd']);

    const notices = (await provider.inject({ method: 'GET', url: '/api/notifications' })).json() as {
      unread: number;
      items: { subjectType: string; subjectId: string; text: string }[];
    };
    const notice = notices.items.find((n) => n.subjectId === sent.id);
    expect(notice).toMatchObject({ subjectType: 'referral' });
    expect(notice?.text).toMatch(/heeft een verwijzing gestuurd/);
    expect(notice?.text).not.toContain('Groot');

    const pseudonym = personPseudonym(t.started.services.auth.keys.pseudonym, bsn);
    const created = await listAudit(db(), {
      objectType: 'referral',
      objectId: sent.id,
      event: 'create',
      limit: 5,
    });
    expect(created).toHaveLength(1);
    expect(created[0]?.subjectPseudonym).toBe(pseudonym);
  });

  it('stores the patient and the free text sealed: the raw row reveals none of it, the API answers it all', async () => {
    const bsn = nextBsn();
    const body = ggzReferral({
      bsn,
      patientName: 'Sanne van Leeuwen',
      patientBirthDate: '1987-06-14',
      patientAddress: 'Lindelaan 27, Maarn',
      patientPostcode: '3951 BK',
      patientPhone: '06 55512345',
      patientEmail: 'sanne.vanleeuwen@example.nl',
    });
    const sent = await send(gp, body);
    await act(provider, sent.id, { action: 'informatie-vragen', message: 'Slaapt zij inmiddels beter?' });
    await act(gp, sent.id, { action: 'informatie-aanvullen', message: 'Nee, nog steeds slecht.' });
    await act(provider, sent.id, { action: 'afwijzen', reason: 'anders', message: 'Past beter bij SGGZ.' });

    const [raw] = await db().select().from(referral).where(eq(referral.id, sent.id));
    const events = await db().select().from(referralEvent).where(eq(referralEvent.referralId, sent.id));
    const stored = JSON.stringify({ raw, events });
    const secret = [
      'Sanne van Leeuwen',
      '1987-06-14',
      '1987',
      'Lindelaan',
      '3951 BK',
      '06 55512345',
      'sanne.vanleeuwen@example.nl',
      bsn,
      body.suspectedDisorder,
      body.mainProblem,
      body.question,
      body.course,
      body.patientWish,
      'Slaapt zij',
      'nog steeds slecht',
      'Past beter bij SGGZ',
    ];
    for (const value of secret) expect(stored, String(value)).not.toContain(value);
    expect(raw).toMatchObject({
      route: 'bggz',
      state: 'afgewezen',
      insurerId: 'vgz',
      rejectionReason: 'anders',
    });
    expect(raw!.patientName).toMatch(/^v1\./);

    const seen = (await gp.inject({ method: 'GET', url: `/api/referrals/${sent.id}` })).json() as Referral & {
      patient: Record<string, string>;
      mainProblem: string;
      rejectionNote: string;
    };
    expect(seen.patient).toMatchObject({
      name: 'Sanne van Leeuwen',
      birthDate: '1987-06-14',
      address: 'Lindelaan 27, Maarn',
      postcode: '3951 BK',
      phone: '06 55512345',
      email: 'sanne.vanleeuwen@example.nl',
      bsn,
    });
    expect(seen).toMatchObject({ mainProblem: body.mainProblem, rejectionNote: 'Past beter bij SGGZ.' });
    expect(seen.events.map((e) => e.message)).toEqual([
      null,
      'Slaapt zij inmiddels beter?',
      'Nee, nog steeds slecht.',
      'Past beter bij SGGZ.',
    ]);
    expect((await list(gp)).items.find((i) => i.id === sent.id)).toMatchObject({
      patientName: 'Sanne van Leeuwen',
    });
  });

  it("shows the referral in the provider's inbox and logs every read of it with the pseudonym", async () => {
    const sent = await send(gp, ggzReferral());
    const inbox = await list(provider);
    expect(inbox.items.find((i) => i.id === sent.id)).toMatchObject({
      direction: 'ontvangen',
      state: 'verstuurd',
    });

    const reads = () =>
      listAudit(db(), { objectType: 'referral', objectId: sent.id, event: 'read', limit: 50 });
    const before = (await reads()).length;
    for (const who of [provider, gp, coordinator]) {
      expect((await who.inject({ method: 'GET', url: `/api/referrals/${sent.id}` })).statusCode).toBe(200);
    }
    const after = await reads();
    expect(after.length).toBe(before + 3);
    const [stored] = await db().select().from(referral).where(eq(referral.id, sent.id));
    expect(new Set(after.map((a) => a.subjectPseudonym))).toEqual(new Set([stored!.patientPseudonym]));
    // The listing is audited per patient too.
    const searched = await listAudit(db(), {
      objectType: 'referral',
      objectId: sent.id,
      event: 'search',
      limit: 50,
    });
    expect(searched.length).toBeGreaterThan(0);
  });

  it('keeps a referral from those it was not sent to: another practice and another provider get 404, a financier 403', async () => {
    const sent = await send(gp, ggzReferral());
    for (const who of [otherGp, coach]) {
      const res = await who.inject({ method: 'GET', url: `/api/referrals/${sent.id}` });
      expect(res.statusCode).toBe(404);
      expect((await list(who)).items.some((i) => i.id === sent.id)).toBe(false);
      expect(
        (
          await who.inject({
            method: 'POST',
            url: `/api/referrals/${sent.id}/actions`,
            payload: { action: 'accepteren' },
          })
        ).statusCode,
      ).toBe(404);
    }
    expect((await financier.inject({ method: 'GET', url: '/api/referrals' })).statusCode).toBe(403);
    expect((await financier.inject({ method: 'GET', url: `/api/referrals/${sent.id}` })).statusCode).toBe(
      403,
    );
    // The coordinator reads it but takes no step and does not see the BSN.
    const seen = (
      await coordinator.inject({ method: 'GET', url: `/api/referrals/${sent.id}` })
    ).json() as Referral;
    expect(seen).toMatchObject({ direction: 'overzicht', actions: [], patient: { bsn: null } });
  });

  it('runs the loop: the provider asks for information, the GP answers, the provider accepts and plans the intake', async () => {
    const sent = await send(gp, ggzReferral());
    const asked = await act(provider, sent.id, {
      action: 'informatie-vragen',
      message: 'Welke medicatie gebruikt hij?',
    });
    expect(asked.state).toBe('informatie-gevraagd');
    expect((await list(gp, '?flag=informatie-gevraagd')).items.map((i) => i.id)).toContain(sent.id);
    const refused = await act(provider, sent.id, { action: 'intrekken' }, 403);
    expect(refused.error.message).toBe('Deze stap is aan de verwijzer.');

    const answered = await act(gp, sent.id, { action: 'informatie-aanvullen', message: 'Geen medicatie.' });
    expect(answered.state).toBe('verstuurd');
    await act(provider, sent.id, { action: 'accepteren' });
    const planned = await act(provider, sent.id, { action: 'intake-plannen', intakeOn: '2026-12-03' });
    expect(planned).toMatchObject({ state: 'intake-gepland', intakeOn: '2026-12-03' });
    expect(planned.events.map((e) => e.kind)).toEqual([
      'verstuurd',
      'informatie-gevraagd',
      'informatie-aangevuld',
      'geaccepteerd',
      'intake-gepland',
    ]);

    const worklist = await list(gp, '?flag=intake-gepland');
    expect(worklist.items.find((i) => i.id === sent.id)).toMatchObject({
      intakeOn: '2026-12-03',
      flags: ['intake-gepland'],
    });
    const notices = (await gp.inject({ method: 'GET', url: '/api/notifications' })).json() as {
      items: { id: string; subjectId: string; text: string; readAt: string | null }[];
    };
    const mine = notices.items.filter((n) => n.subjectId === sent.id).map((n) => n.text);
    expect(mine).toEqual(
      expect.arrayContaining([
        'GZ-praktijk De Brug vraagt aanvullende informatie bij een verwijzing.',
        'GZ-praktijk De Brug heeft de verwijzing geaccepteerd.',
        'GZ-praktijk De Brug heeft de intake gepland op donderdag 3 december 2026.',
      ]),
    );
    const first = notices.items.find((n) => n.subjectId === sent.id && n.readAt === null)!;
    const read = await gp.inject({ method: 'POST', url: `/api/notifications/${first.id}/read` });
    expect(read.json()).toMatchObject({ id: first.id, readAt: expect.any(String) });
    expect(
      (await provider.inject({ method: 'POST', url: `/api/notifications/${first.id}/read` })).statusCode,
    ).toBe(404);

    const back = await act(provider, sent.id, {
      action: 'terugbericht',
      returnMessage: 'afspraak-gemaakt',
      message: 'Intake op 3 december.',
    });
    expect(back.events.at(-1)).toMatchObject({ kind: 'terugbericht', code: 'afspraak-gemaakt' });
    expect(back.state).toBe('intake-gepland');
  });

  it('rejects with a reason, shows it on the worklist, and matches again without the rejecting provider', async () => {
    const sent = await send(gp, ggzReferral());
    const anders = await act(provider, sent.id, { action: 'afwijzen', reason: 'anders' }, 400);
    expect(anders.error.details).toEqual([
      { field: 'message', message: 'Bij de reden "anders" is een toelichting verplicht.' },
    ]);
    const rejected = await act(provider, sent.id, {
      action: 'afwijzen',
      reason: 'geen-capaciteit',
      message: 'Wachtlijst vol',
    });
    expect(rejected).toMatchObject({ state: 'afgewezen', actions: [] });
    expect((await list(gp, '?flag=afgewezen')).items.map((i) => i.id)).toContain(sent.id);

    const start = (await gp.inject({ method: 'GET', url: `/api/referrals/${sent.id}/rematch` })).json() as {
      need: { municipalityCode: string; age: number };
      excludeOrganizations: { id: string; name: string }[];
    };
    expect(start.need).toEqual({ municipalityCode: 'GM1581', age: 35, careKinds: ['bggz'] });
    expect(start.excludeOrganizations).toEqual([{ id: brugOrganization, name: 'GZ-praktijk De Brug' }]);
    expect(
      (await provider.inject({ method: 'GET', url: `/api/referrals/${sent.id}/rematch` })).statusCode,
    ).toBe(403);

    const match = await gp.inject({
      method: 'POST',
      url: '/api/match',
      payload: {
        ...start.need,
        excludeOrganizationIds: start.excludeOrganizations.map((o) => o.id),
        limit: 200,
      },
    });
    const outcome = match.json() as {
      results: { service: { id: string } }[];
      excluded: { service: { id: string }; reasons: { code: string; text: string }[] }[];
    };
    expect(outcome.results.some((r) => r.service.id === brugService)).toBe(false);
    expect(outcome.excluded.find((e) => e.service.id === brugService)?.reasons).toContainEqual({
      code: 'eerder-afgewezen',
      text: 'Heeft een eerdere verwijzing voor deze patiënt afgewezen',
    });
    expect(outcome.results.some((r) => r.service.id === waterlelieService)).toBe(true);

    const again = await send(gp, ggzReferral({ serviceId: waterlelieService, previousReferralId: sent.id }));
    expect(again.receiver.organizationName).toBe('GZ-praktijk De Waterlelie');
    const next = (await gp.inject({ method: 'GET', url: `/api/referrals/${again.id}/rematch` })).json() as {
      excludeOrganizations: { id: string }[];
    };
    expect(next.excludeOrganizations.map((o) => o.id)).toEqual([brugOrganization]);
  });

  it('refuses bad input with Dutch messages per field and stores nothing', async () => {
    const before = await referralCount();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [ggzReferral({ bsn: '123456789' }), 'bsn', /elfproef/],
      [ggzReferral({ bsn: null }), 'bsn', /wettelijk verplicht/],
      [ggzReferral({ patientBirthDate: '2010-01-01' }), 'patientBirthDate', /18 jaar of ouder/],
      [ggzReferral({ consentToShare: false }), 'consentToShare', /toestemming/],
      [ggzReferral({ insurerId: 'bestaat-niet' }), 'insurerId', /uit de lijst/],
      [ggzReferral({ careLevel: 'sggz' }), 'careLevel', /basis-ggz/],
      [ggzReferral({ serviceId: '00000000-0000-4000-8000-000000000000' }), 'serviceId', /sociale kaart/],
      [ggzReferral({ mainProblem: ' ' }), 'mainProblem', /hoofdprobleem/],
      [ggzReferral({ patientBirthDate: 'gisteren' }), 'patientBirthDate', /geldige geboortedatum/],
    ];
    for (const [body, field, message] of cases) {
      const res = await gp.inject({ method: 'POST', url: '/api/referrals', payload: body });
      expect(res.statusCode, field).toBe(400);
      const problem = (res.json() as ErrorAnswer).error.details.find((d) => d.field === field);
      expect(problem?.message, field).toMatch(message);
    }
    expect(await referralCount()).toBe(before);
  });

  it("links the consultation it follows up, only one of the referrer's own practice, in the same transaction", async () => {
    const [linde, rijnzicht, doctor, consultant] = await Promise.all([
      db()
        .select({ id: organization.id })
        .from(organization)
        .where(eq(organization.name, 'Huisartsenpraktijk De Linde (fictief)')),
      db()
        .select({ id: organization.id })
        .from(organization)
        .where(eq(organization.name, 'Huisartsenpraktijk Rijnzicht (fictief)')),
      db().select({ id: appUser.id }).from(appUser).where(eq(appUser.email, 'huisarts@demo.wegwijzer.nl')),
      serviceOf('GZ-praktijk De Waterlelie', 'bggz'),
    ]);
    const question = (requesterOrganizationId: string) => ({
      requesterOrganizationId,
      requesterUserId: doctor[0]!.id,
      requesterName: 'Dr. A. de Vries',
      discipline: 'psychiater',
      consultantOrganizationId: consultant.organizationId,
      subject: 'Medicatie',
      question: 'Welke medicatie past?',
      patientConsent: true,
      consentRecordedAt: clock,
      state: 'beantwoord',
      dueOn: '2026-11-26',
    });
    // through the repository, so the subject and question are stored sealed like the app stores them
    const key = t.started.services.auth.keys.personalData;
    const own = await insertConsultation(db(), key, question(linde[0]!.id));
    const foreign = await insertConsultation(db(), key, question(rijnzicht[0]!.id));
    expect(lindeOrganization).toBe(linde[0]!.id);

    const before = await referralCount();
    const refused = await gp.inject({
      method: 'POST',
      url: '/api/referrals',
      payload: ggzReferral({ consultationId: foreign.id }),
    });
    expect(refused.statusCode).toBe(400);
    expect((refused.json() as ErrorAnswer).error.details[0]?.field).toBe('consultationId');
    expect(await referralCount()).toBe(before);

    const sent = await send(gp, ggzReferral({ consultationId: own.id }));
    const [linked] = await db().select().from(consultation).where(eq(consultation.id, own.id));
    expect(linked?.referralId).toBe(sent.id);
  });

  it('refers to Welzijn op Recept without a BSN, and the welzijnscoach reports back to the GP', async () => {
    const wor = {
      serviceId: worService,
      patientName: 'Ans Pieters',
      patientBirthDate: '1961-07-14',
      patientEmail: 'ans@example.nl',
      mainProblem: 'Eenzaam sinds verhuizing, weinig structuur',
      question: 'Contact met een welzijnscoach voor activiteiten in de buurt',
      consentToShare: true,
    };
    const withBsn = await gp.inject({
      method: 'POST',
      url: '/api/referrals',
      payload: { ...wor, bsn: nextBsn() },
    });
    expect(withBsn.statusCode).toBe(400);
    expect((withBsn.json() as ErrorAnswer).error.details).toEqual([
      {
        field: 'bsn',
        message:
          'Een BSN is alleen nodig bij een verwijzing naar de ggz; laat dit veld leeg, dan slaan we het niet op.',
      },
    ]);

    const sent = await send(gp, wor);
    expect(sent).toMatchObject({ route: 'wor', patient: { bsn: null } });
    expect((await list(coach)).items.map((i) => i.id)).toContain(sent.id);
    await act(coach, sent.id, { action: 'accepteren' });
    const feedback = await act(coach, sent.id, {
      action: 'terugkoppeling',
      message: 'Twee gesprekken gehad; mevrouw gaat naar de wandelgroep op dinsdag.',
    });
    expect(feedback.events.at(-1)).toMatchObject({ kind: 'terugkoppeling' });

    const seen = (await gp.inject({ method: 'GET', url: `/api/referrals/${sent.id}` })).json() as Referral;
    expect(seen.events.at(-1)?.message).toBe(
      'Twee gesprekken gehad; mevrouw gaat naar de wandelgroep op dinsdag.',
    );
    const notices = (await gp.inject({ method: 'GET', url: '/api/notifications' })).json() as {
      items: { subjectId: string; text: string }[];
    };
    expect(notices.items.filter((n) => n.subjectId === sent.id).map((n) => n.text)).toContain(
      'Stichting Welzijn De Ronde Venen stuurde terugkoppeling van de welzijnscoach.',
    );
  });

  it('counts rejections per region, kind of care, reason and month for a financier, without any referral in it', async () => {
    const res = await financier.inject({
      method: 'GET',
      url: '/api/referrals/signals/rejections?from=2026-01&to=2026-12',
    });
    expect(res.statusCode, res.body).toBe(200);
    const signals = res.json() as {
      rows: { month: string; regionId: string; careKind: string; reason: string; count: number }[];
      totals: { all: number };
    };
    // De Brug lies in Utrechtse Heuvelrug, a municipality of the region Ede, Veenendaal, Wageningen e.o.
    expect(signals.rows).toContainEqual({
      month: '2026-11',
      regionId: 'ede-wageningen',
      careKind: 'bggz',
      reason: 'geen-capaciteit',
      count: 1,
    });
    expect(signals.totals.all).toBeGreaterThanOrEqual(1);
    // Counts only: no referral, patient or practice in the answer.
    expect(res.body).not.toMatch(/Groot|Pieters|Linde|referral|patient/i);
    const bad = await financier.inject({
      method: 'GET',
      url: '/api/referrals/signals/rejections?from=2026-13',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('flags "geen reactie" after 5 working days, not counting Christmas Day', async () => {
    try {
      at('2026-12-22T09:00:00Z');
      const late = await send(gp, ggzReferral());
      at('2026-12-23T09:00:00Z');
      const inTime = await send(gp, ggzReferral());
      at('2026-12-31T10:00:00Z');
      const flagged = (await list(gp, '?flag=geen-reactie')).items.map((i) => i.id);
      expect(flagged).toContain(late.id);
      expect(flagged).not.toContain(inTime.id);
      at('2027-01-04T10:00:00Z');
      expect((await list(gp, '?flag=geen-reactie')).items.map((i) => i.id)).toContain(inTime.id);
    } finally {
      clock.setTime(TEST_NOW.getTime());
    }
  });

  it('warns before the 9-month validity ends and refuses to register a patient on an expired letter', async () => {
    try {
      const sent = await send(gp, ggzReferral());
      expect(sent.validUntil).toBe('2027-08-23');
      at('2027-07-30T10:00:00Z');
      expect((await list(gp, '?flag=geldigheid-verloopt')).items.map((i) => i.id)).toContain(sent.id);
      at('2027-08-24T10:00:00Z');
      expect((await list(gp, '?flag=verlopen')).items.map((i) => i.id)).toContain(sent.id);
      const refused = await act(provider, sent.id, { action: 'accepteren' }, 409);
      expect(refused.error.message).toMatch(/verlopen/);
    } finally {
      clock.setTime(TEST_NOW.getTime());
    }
  });
});
