/**
 * The referral letter (PDF) and the FHIR R4 export over the real app, on both databases: the
 * sending practice and the receiving provider get them, another practice or provider gets "not
 * found", a financier is refused, an anonymous caller must sign in; every export is in the audit
 * trail with the patient's pseudonym; the FHIR answer validates against the R4 specification.
 * Referrals are inserted directly through the repository, which seals the patient's data (GGZ with
 * BSN, a rejected SGGZ referral without the referrer's AGB code, and a WoR+ referral to a
 * welzijnscoach). Clock: Monday 23 November 2026.
 */
import { eq } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, FhirResource, Patient, Task } from 'fhir/r4';
import { findUserByEmail, membershipsOf } from '../../src/db/account-repository';
import { listAudit } from '../../src/db/audit-repository';
import type { Db } from '../../src/db/client';
import { insertReferral as insertReferralRow, type NewReferralRow } from '../../src/db/referral-repository';
import { referralEvent, service } from '../../src/db/schema';
import { personPseudonym } from '../../src/domain/audit/pseudonym';
import { startTestApp, TEST_NOW, type TestApp } from '../support/app';
import { testDatabases } from '../support/databases';
import { validateR4 } from '../support/fhir-r4';
import { pdfPageTexts } from '../support/pdf-text';
import { demoEmail, signInAs, type DemoAccountKey, type SignedIn } from '../support/session';

interface Parties {
  practice: string;
  gp: string;
  provider: string;
  providerService: string;
  coach: string;
  coachService: string;
}

async function organizationOf(
  db: Db,
  key: DemoAccountKey,
): Promise<{ userId: string; organizationId: string }> {
  const user = await findUserByEmail(db, demoEmail(key));
  const membership = user && (await membershipsOf(db, [user.id])).get(user.id)?.[0];
  if (!user || !membership) throw new Error(`demo account ${key} has no organisation`);
  return { userId: user.id, organizationId: membership.organizationId };
}

async function serviceOf(db: Db, organizationId: string): Promise<string> {
  const [row] = await db
    .select({ id: service.id })
    .from(service)
    .where(eq(service.organizationId, organizationId))
    .limit(1);
  if (!row) throw new Error(`organisation ${organizationId} offers no service`);
  return row.id;
}

describe.each(testDatabases())('referral letter and FHIR export on $name', ({ name }) => {
  let t: TestApp;
  let db: Db;
  let parties: Parties;
  const callers = new Map<DemoAccountKey, SignedIn>();
  const ids = { ggz: '', rejected: '', wor: '' };
  const pseudonyms = { ggz: '', rejected: '', wor: '' };

  async function insertReferral(row: Omit<NewReferralRow, 'referrerOrganizationId' | 'referrerUserId'>) {
    const created = await insertReferralRow(db, t.started.services.auth.keys.personalData, {
      referrerOrganizationId: parties.practice,
      referrerUserId: parties.gp,
      ...row,
    });
    await db.insert(referralEvent).values({
      referralId: created.id,
      kind: 'verstuurd',
      toState: 'verstuurd',
      actorUserId: parties.gp,
      actorOrganizationId: parties.practice,
      actorName: row.referrerName,
      at: TEST_NOW,
    });
    return created;
  }

  beforeAll(async () => {
    t = await startTestApp(name);
    db = t.started.services.database.db;
    const gp = await organizationOf(db, 'huisarts');
    const provider = await organizationOf(db, 'aanbieder');
    const coach = await organizationOf(db, 'welzijn');
    parties = {
      practice: gp.organizationId,
      gp: gp.userId,
      provider: provider.organizationId,
      providerService: await serviceOf(db, provider.organizationId),
      coach: coach.organizationId,
      coachService: await serviceOf(db, coach.organizationId),
    };
    const key = t.started.services.auth.keys.pseudonym;
    pseudonyms.ggz = personPseudonym(key, '123456782');
    pseudonyms.rejected = personPseudonym(key, '111222333');
    pseudonyms.wor = personPseudonym(key, 'Piet Bakker 1961-07-02');
    const common = {
      referrerName: 'Dr. A. de Vries',
      sentAt: TEST_NOW,
      validUntil: '2027-08-23',
      consentToShare: true,
      consentRecordedAt: TEST_NOW,
      patientPhone: '06-12345678',
      insurerId: 'vgz',
    };
    ids.ggz = (
      await insertReferral({
        ...common,
        route: 'bggz',
        state: 'verstuurd',
        referrerAgb: '01012345',
        receiverOrganizationId: parties.provider,
        serviceId: parties.providerService,
        patientName: 'Anouk Jansen',
        patientBirthDate: '1988-03-12',
        patientAddress: 'Molenstraat 12, Ede',
        patientPostcode: '6711 AB',
        bsn: '123456782',
        patientPseudonym: pseudonyms.ggz,
        suspectedDisorder: 'Depressieve stoornis',
        mainProblem: 'Somberheid en slecht slapen sinds vier maanden.',
        question: 'Diagnostiek en kortdurende behandeling.',
        careLevel: 'bggz',
        severity: 'matig',
        risk: 'enig',
        complexity: 'enkelvoudig',
        course: 'Acht gesprekken met de POH-GGZ zonder verbetering.',
        patientWish: 'Liefst dicht bij huis, overdag.',
      })
    ).id;
    ids.rejected = (
      await insertReferral({
        ...common,
        route: 'sggz',
        state: 'afgewezen',
        referrerAgb: null,
        receiverOrganizationId: parties.provider,
        serviceId: parties.providerService,
        patientName: 'Hüseyin Yılmaz',
        patientBirthDate: '1979-11-30',
        patientAddress: 'Kerkweg 3, Wageningen',
        patientPostcode: '6701 AA',
        bsn: '111222333',
        patientPseudonym: pseudonyms.rejected,
        suspectedDisorder: 'Posttraumatische stressstoornis',
        mainProblem: 'Herbelevingen en vermijding na een ongeval.',
        question: 'Traumabehandeling.',
        careLevel: 'sggz',
        rejectionReason: 'geen-capaciteit',
        rejectionNote: 'Aanmeldstop tot februari.',
      })
    ).id;
    ids.wor = (
      await insertReferral({
        ...common,
        route: 'wor-plus',
        state: 'geaccepteerd',
        referrerAgb: '01012345',
        receiverOrganizationId: parties.coach,
        serviceId: parties.coachService,
        patientName: 'Piet Bakker',
        patientBirthDate: '1961-07-02',
        patientAddress: null,
        patientPostcode: null,
        insurerId: null,
        bsn: null,
        patientPseudonym: pseudonyms.wor,
        mainProblem: 'Eenzaam sinds het overlijden van zijn vrouw.',
        question: 'Coaching naar contact en activiteiten in de wijk.',
        careLevel: null,
      })
    ).id;
    for (const key of [
      'huisarts',
      'huisarts2',
      'aanbieder',
      'welzijn',
      'financier',
      'verwijsadviseur',
    ] as const) {
      callers.set(key, await signInAs(t.app, key));
    }
  });
  afterAll(() => t.close());

  const get = (who: DemoAccountKey, url: string) => callers.get(who)!.inject({ method: 'GET', url });
  const exports = (pseudonym: string) =>
    listAudit(db, { subjectPseudonym: pseudonym, event: 'export', limit: 100 });

  it('gives the sending GP the letter as an inline PDF with a Dutch file name', async () => {
    const res = await get('huisarts', `/api/referrals/${ids.ggz}/brief.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename="verwijsbrief-2026-11-23-${ids.ggz.slice(0, 8)}.pdf"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(res.rawPayload);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getTitle()).toBe('Verwijsbrief – Anouk Jansen');
    const text = (await pdfPageTexts(res.rawPayload)).flat().join('\n');
    expect(text).toContain('123456782');
    expect(text).toContain('VGZ (UZOVI 7095)');
    expect(text).toContain(
      'Elektronisch ondertekend door Dr. A. de Vries (AGB-code 01012345) op 23 november 2026',
    );
  });

  it('gives the receiving provider the same letter', async () => {
    const res = await get('aanbieder', `/api/referrals/${ids.ggz}/brief.pdf`);
    expect(res.statusCode).toBe(200);
    expect((await PDFDocument.load(res.rawPayload)).getTitle()).toContain('Anouk Jansen');
  });

  it('prints a missing AGB code of the referrer visibly', async () => {
    const res = await get('huisarts', `/api/referrals/${ids.rejected}/brief.pdf`);
    expect(res.statusCode).toBe(200);
    const text = (await pdfPageTexts(res.rawPayload)).flat().join('\n');
    expect(text).toContain(
      'Let op: in deze verwijsbrief ontbreken verplichte gegevens: persoonlijke AGB-code',
    );
    expect(text).toContain('Hüseyin Y?lmaz');
  });

  it('writes the WoR+ letter for the welzijnscoach without BSN or BGGZ/SGGZ line', async () => {
    const res = await get('welzijn', `/api/referrals/${ids.wor}/brief.pdf`);
    expect(res.statusCode).toBe(200);
    const text = (await pdfPageTexts(res.rawPayload)).flat().join('\n');
    expect(text).toContain('Verwijsbrief Welzijn op Recept+ (WoR+)');
    expect(text).not.toContain('BSN');
    expect(text).not.toContain('Zorgvorm');
  });

  it('answers "not found" to another practice and another provider, and logs no export for them', async () => {
    const before = await exports(pseudonyms.ggz);
    for (const url of [`/api/referrals/${ids.ggz}/brief.pdf`, `/api/referrals/${ids.ggz}/fhir`]) {
      const res = await get('huisarts2', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.message).toBe('De verwijzing is niet gevonden.');
      expect((await get('welzijn', url)).statusCode, url).toBe(404);
    }
    expect(await exports(pseudonyms.ggz)).toEqual(before);
  });

  it('refuses a financier and asks an anonymous caller to sign in', async () => {
    expect((await get('financier', `/api/referrals/${ids.ggz}/brief.pdf`)).statusCode).toBe(403);
    expect((await get('financier', `/api/referrals/${ids.ggz}/fhir`)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/referrals/${ids.ggz}/brief.pdf` })).statusCode,
    ).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/referrals/${ids.ggz}/fhir` })).statusCode).toBe(
      401,
    );
  });

  it('answers 400 with a Dutch message to an id that is no UUID', async () => {
    const res = await get('huisarts', '/api/referrals/niet-een-id/brief.pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('ongeldige-invoer');
  });

  it('records every export in the audit trail with the pseudonym, and a refused one not', async () => {
    const before = await exports(pseudonyms.wor);
    expect((await get('huisarts', `/api/referrals/${ids.wor}/brief.pdf`)).statusCode).toBe(200);
    expect((await get('welzijn', `/api/referrals/${ids.wor}/fhir`)).statusCode).toBe(200);
    expect((await get('huisarts2', `/api/referrals/${ids.wor}/fhir`)).statusCode).toBe(404);
    const after = await exports(pseudonyms.wor);
    expect(after).toHaveLength(before.length + 2);
    const [fhir, pdf] = after;
    const coach = (await organizationOf(db, 'welzijn')).userId;
    expect(fhir).toMatchObject({
      event: 'export',
      outcome: 'success',
      objectType: 'referral',
      objectId: ids.wor,
      subjectPseudonym: pseudonyms.wor,
      actorUserId: coach,
      actorOrganizationId: parties.coach,
      details: { format: 'fhir-r4' },
    });
    expect(pdf).toMatchObject({ actorUserId: parties.gp, objectId: ids.wor, details: { format: 'pdf' } });
    expect(JSON.stringify(after)).not.toContain('Piet Bakker');
  });

  it('exports every referral as a FHIR R4 Bundle that validates against the specification', async () => {
    for (const [who, id] of [
      ['huisarts', ids.ggz],
      ['aanbieder', ids.rejected],
      ['verwijsadviseur', ids.wor],
    ] as const) {
      const res = await get(who, `/api/referrals/${id}/fhir`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      const bundle = res.json() as Bundle<FhirResource>;
      expect(bundle).toMatchObject({
        resourceType: 'Bundle',
        type: 'collection',
        timestamp: TEST_NOW.toISOString(),
      });
      expect(validateR4(bundle), id).toEqual([]);
    }
  });

  it('maps the state to the Task and the BSN to the Patient only where the referral holds one', async () => {
    const resource = async <T>(id: string, type: string) => {
      const bundle = (await get('huisarts', `/api/referrals/${id}/fhir`)).json() as Bundle<FhirResource>;
      return bundle.entry!.find((e) => e.resource!.resourceType === type)!.resource as T;
    };
    const rejected = await resource<Task>(ids.rejected, 'Task');
    expect(rejected).toMatchObject({
      status: 'rejected',
      businessStatus: { text: 'Afgewezen' },
      statusReason: { text: 'Aanmeldstop of geen capaciteit: Aanmeldstop tot februari.' },
    });
    expect((await resource<Task>(ids.wor, 'Task')).status).toBe('accepted');
    expect((await resource<Patient>(ids.ggz, 'Patient')).identifier).toEqual([
      { use: 'official', system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '123456782' },
    ]);
    expect((await resource<Patient>(ids.wor, 'Patient')).identifier).toBeUndefined();
  });

  it('describes both answers in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      paths: Record<string, { get: { tags: string[]; responses: Record<string, { content?: object }> } }>;
    };
    const pdf = doc.paths['/api/referrals/{id}/brief.pdf']!.get;
    expect(pdf.tags).toEqual(['verwijzingen']);
    expect(Object.keys(pdf.responses['200']!.content!)).toEqual(['application/pdf']);
    expect(Object.keys(pdf.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
    const fhir = doc.paths['/api/referrals/{id}/fhir']!.get;
    expect(Object.keys(fhir.responses['200']!.content!)).toEqual(['application/fhir+json']);
  });
});
