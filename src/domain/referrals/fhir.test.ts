import { describe, expect, it } from 'vitest';
import type {
  Bundle,
  Coverage,
  FhirResource,
  Organization,
  Patient,
  Practitioner,
  ServiceRequest,
  Task,
} from 'fhir/r4';
import { NAMING_SYSTEMS, TASK_STATUS, referralBundle, resourceUuid } from './fhir';
import { anEvent, documentFacts, PRINTED_AT, welfareFacts } from './test-builders';
import { REFERRAL_STATE_IDS } from './vocabulary';

function resources<T extends FhirResource['resourceType']>(bundle: Bundle<FhirResource>, type: T) {
  return bundle.entry!.map((e) => e.resource!).filter((r) => r.resourceType === type) as Extract<
    FhirResource,
    { resourceType: T }
  >[];
}
const one = <T extends FhirResource['resourceType']>(bundle: Bundle<FhirResource>, type: T) => {
  const found = resources(bundle, type);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const resolve = (bundle: Bundle<FhirResource>, reference: string | undefined) =>
  bundle.entry!.find((e) => e.fullUrl === reference)?.resource;

describe('the FHIR R4 export of a referral', () => {
  it('is a collection Bundle with a ServiceRequest, a Task and the resources they name', () => {
    const bundle = referralBundle(documentFacts(), PRINTED_AT);
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2026-12-01T14:00:00.000Z');
    expect(bundle.entry!.map((e) => e.resource!.resourceType)).toEqual([
      'ServiceRequest',
      'Task',
      'Patient',
      'Practitioner',
      'PractitionerRole',
      'Organization',
      'Organization',
      'Organization',
      'Coverage',
    ]);
    for (const entry of bundle.entry!) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource!.id}`);
  });

  it('maps the ServiceRequest: status, intent, category, code, subject, requester, performer, reason, notes and period', () => {
    const bundle = referralBundle(documentFacts(), PRINTED_AT);
    const request = one(bundle, 'ServiceRequest') as ServiceRequest;
    expect(request).toMatchObject({
      id: '3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f601',
      status: 'active',
      intent: 'order',
      code: { text: 'Generalistische basis-ggz (BGGZ)' },
      authoredOn: '2026-11-23T09:30:00.000Z',
      occurrencePeriod: { start: '2026-11-23', end: '2027-08-23' },
      reasonCode: [{ text: 'Depressieve stoornis' }],
    });
    expect(request.category![0]!.coding![0]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '3457005',
    });
    expect(resolve(bundle, request.subject.reference)?.resourceType).toBe('Patient');
    const role = resolve(bundle, request.requester?.reference);
    expect(role?.resourceType).toBe('PractitionerRole');
    const performer = resolve(bundle, request.performer![0]!.reference) as Organization;
    expect(performer.name).toBe('GGZ-praktijk De Brug (fictief)');
    const notes = request.note!.map((n) => n.text);
    expect(notes).toContain(
      'Hoofdprobleem: Somberheid en slecht slapen sinds vier maanden, na verlies van werk.',
    );
    expect(notes).toContain('Hulpvraag / vraagstelling: Diagnostiek en kortdurende behandeling (CGT).');
    expect(notes).toContain('Wens van de patiënt: Behandeling in de ggz');
  });

  it('names the referrer as a Practitioner with the personal AGB code, in a role at the practice', () => {
    const bundle = referralBundle(documentFacts(), PRINTED_AT);
    const practitioner = one(bundle, 'Practitioner') as Practitioner;
    expect(practitioner.identifier).toEqual([{ system: NAMING_SYSTEMS.agb, value: '01012345' }]);
    expect(practitioner.name![0]!.text).toBe('Dr. A. de Vries');
    const role = one(bundle, 'PractitionerRole');
    expect(resolve(bundle, role.practitioner?.reference)).toBe(practitioner);
    expect((resolve(bundle, role.organization?.reference) as Organization).name).toBe(
      'Huisartsenpraktijk De Linde (fictief)',
    );
  });

  it('gives the receiver its AGB, URA and KvK identifiers', () => {
    const bundle = referralBundle(documentFacts(), PRINTED_AT);
    const receiver = resources(bundle, 'Organization').find(
      (o) => o.name === 'GGZ-praktijk De Brug (fictief)',
    )!;
    expect(receiver.identifier).toEqual([
      { system: 'http://fhir.nl/fhir/NamingSystem/agb-z', value: '94012345' },
      { system: 'http://fhir.nl/fhir/NamingSystem/ura', value: '12345678' },
      { system: 'http://fhir.nl/fhir/NamingSystem/kvk', value: '87654321' },
    ]);
  });

  it('insures the patient through a Coverage paid by the insurer with its UZOVI code', () => {
    const bundle = referralBundle(documentFacts(), PRINTED_AT);
    const request = one(bundle, 'ServiceRequest');
    const coverage = resolve(bundle, request.insurance![0]!.reference) as Coverage;
    expect(coverage.resourceType).toBe('Coverage');
    expect(resolve(bundle, coverage.beneficiary.reference)?.resourceType).toBe('Patient');
    const insurer = resolve(bundle, coverage.payor[0]!.reference) as Organization;
    expect(insurer).toMatchObject({
      name: 'VGZ',
      identifier: [{ system: 'http://fhir.nl/fhir/NamingSystem/uzovi', value: '7095' }],
    });
  });

  it('leaves the Coverage out when the insurer is unknown, and the UZOVI out when the insurer has none', () => {
    expect(resources(referralBundle(documentFacts({}, { insurer: null }), PRINTED_AT), 'Coverage')).toEqual(
      [],
    );
    const bundle = referralBundle(
      documentFacts({}, { insurer: { id: 'zilveren-kruis', label: 'Zilveren Kruis', uzovi: null } }),
      PRINTED_AT,
    );
    expect(
      resources(bundle, 'Organization').find((o) => o.name === 'Zilveren Kruis')!.identifier,
    ).toBeUndefined();
  });

  it('describes the Patient with name, birth date, BSN, telecom and address', () => {
    const patient = one(referralBundle(documentFacts(), PRINTED_AT), 'Patient') as Patient;
    expect(patient).toMatchObject({
      name: [{ text: 'Anouk Jansen' }],
      birthDate: '1988-03-12',
      identifier: [{ system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '123456782' }],
      telecom: [
        { system: 'phone', value: '06-12345678' },
        { system: 'email', value: 'anouk@example.nl' },
      ],
      address: [
        {
          text: 'Molenstraat 12, Ede, 6711 AB',
          line: ['Molenstraat 12, Ede'],
          postalCode: '6711 AB',
          country: 'NL',
        },
      ],
    });
  });

  it('has no BSN identifier when the referral holds none, and none for Welzijn op Recept', () => {
    expect(
      one(referralBundle(documentFacts({ bsn: null }), PRINTED_AT), 'Patient').identifier,
    ).toBeUndefined();
    const welfare = referralBundle(welfareFacts({ bsn: '123456782' }), PRINTED_AT);
    expect(one(welfare, 'Patient').identifier).toBeUndefined();
    expect(JSON.stringify(welfare)).not.toContain('123456782');
    expect(one(welfare, 'ServiceRequest').code?.text).toBe('Welzijn op Recept+ (WoR+)');
  });

  it.each([
    ['verstuurd', 'requested', 'active'],
    ['informatie-gevraagd', 'on-hold', 'active'],
    ['geaccepteerd', 'accepted', 'active'],
    ['afgewezen', 'rejected', 'revoked'],
    ['intake-gepland', 'in-progress', 'active'],
    ['in-behandeling', 'in-progress', 'active'],
    ['afgesloten', 'completed', 'completed'],
    ['ingetrokken', 'cancelled', 'revoked'],
  ])('maps state %s to Task.status %s and ServiceRequest.status %s', (state, taskStatus, requestStatus) => {
    const bundle = referralBundle(documentFacts({ state }), PRINTED_AT);
    const task = one(bundle, 'Task') as Task;
    expect(task.status).toBe(taskStatus);
    expect(one(bundle, 'ServiceRequest').status).toBe(requestStatus);
    expect(task.businessStatus?.text).toBe(
      {
        verstuurd: 'Verstuurd, wacht op reactie',
        'informatie-gevraagd': 'Aanvullende informatie gevraagd',
        geaccepteerd: 'Geaccepteerd',
        afgewezen: 'Afgewezen',
        'intake-gepland': 'Intake gepland',
        'in-behandeling': 'In behandeling',
        afgesloten: 'Afgesloten',
        ingetrokken: 'Ingetrokken door verwijzer',
      }[state],
    );
  });

  it('has a Task status for every referral state', () => {
    expect(Object.keys(TASK_STATUS).sort()).toEqual([...REFERRAL_STATE_IDS].sort());
  });

  it('links the Task to the ServiceRequest, the patient, the receiver as owner and the requester', () => {
    const bundle = referralBundle(documentFacts(), PRINTED_AT);
    const task = one(bundle, 'Task') as Task;
    expect(task.intent).toBe('order');
    expect(resolve(bundle, task.focus?.reference)?.resourceType).toBe('ServiceRequest');
    expect(resolve(bundle, task.for?.reference)?.resourceType).toBe('Patient');
    expect((resolve(bundle, task.owner?.reference) as Organization).name).toBe(
      'GGZ-praktijk De Brug (fictief)',
    );
    expect(task.requester).toEqual(one(bundle, 'ServiceRequest').requester);
    expect(task.executionPeriod).toEqual({ start: '2026-11-23T09:30:00.000Z' });
  });

  it('gives a rejection its reason and ends the execution period at the last event', () => {
    const rejectedAt = new Date('2026-11-25T08:00:00Z');
    const bundle = referralBundle(
      documentFacts(
        {
          state: 'afgewezen',
          rejectionReason: 'geen-capaciteit',
          rejectionNote: 'Aanmeldstop tot februari.',
        },
        {
          events: [
            anEvent(),
            anEvent({
              kind: 'afgewezen',
              toState: 'afgewezen',
              code: 'geen-capaciteit',
              actorName: 'F. Smit',
              at: rejectedAt,
            }),
          ],
        },
      ),
      PRINTED_AT,
    );
    const task = one(bundle, 'Task') as Task;
    expect(task.statusReason?.text).toBe('Aanmeldstop of geen capaciteit: Aanmeldstop tot februari.');
    expect(task.executionPeriod?.end).toBe('2026-11-25T08:00:00.000Z');
    expect(task.note).toContainEqual({
      authorString: 'F. Smit',
      time: '2026-11-25T08:00:00.000Z',
      text: 'Afgewezen (Aanmeldstop of geen capaciteit)',
    });
  });

  it('notes the planned intake date', () => {
    const task = one(
      referralBundle(documentFacts({ state: 'intake-gepland', intakeOn: '2026-12-10' }), PRINTED_AT),
      'Task',
    );
    expect(task.businessStatus?.text).toBe('Intake gepland');
    expect(task.note![0]!.text).toBe('Intake gepland op 2026-12-10');
  });

  it('names the rejected referral it replaces by identifier', () => {
    const request = one(
      referralBundle(
        documentFacts({ previousReferralId: '0b1c2d3e-4f50-4a61-8b72-c3d4e5f60718' }),
        PRINTED_AT,
      ),
      'ServiceRequest',
    );
    expect(request.replaces).toEqual([
      {
        type: 'ServiceRequest',
        identifier: { system: 'urn:ietf:rfc:3986', value: 'urn:uuid:0b1c2d3e-4f50-4a61-8b72-c3d4e5f60718' },
      },
    ]);
  });

  it('exports the same resource ids every time, distinct per resource', () => {
    const a = referralBundle(documentFacts(), PRINTED_AT);
    const b = referralBundle(documentFacts(), new Date('2027-01-05T08:00:00Z'));
    expect(a.entry!.map((e) => e.fullUrl)).toEqual(b.entry!.map((e) => e.fullUrl));
    expect(new Set(a.entry!.map((e) => e.fullUrl)).size).toBe(a.entry!.length);
    expect(resourceUuid('x', 'task')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
