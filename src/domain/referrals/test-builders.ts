/**
 * Builders for referral document tests: a referral with its parties, with sensible defaults, so
 * each test states only what it is about. Used by the *.test.ts files next to it and by the FHIR
 * validation test, never by production code. The default is a BGGZ referral sent on Monday
 * 23 November 2026 by Dr. A. de Vries of De Linde to GGZ-praktijk De Brug, for a patient insured
 * by VGZ (UZOVI 7095), with a BSN.
 */
import type {
  InsurerFacts,
  OrganizationFacts,
  ReferralDocumentFacts,
  ReferralEventFacts,
  ReferralFacts,
} from './document-facts';

export const SENT_AT = new Date('2026-11-23T09:30:00Z');
export const PRINTED_AT = new Date('2026-12-01T14:00:00Z');

export function aReferral(overrides: Partial<ReferralFacts> = {}): ReferralFacts {
  return {
    id: '3f1c2b4a-5d6e-4f70-8a91-b2c3d4e5f601',
    route: 'bggz',
    state: 'verstuurd',
    referrerName: 'Dr. A. de Vries',
    referrerAgb: '01012345',
    previousReferralId: null,
    patientName: 'Anouk Jansen',
    patientBirthDate: '1988-03-12',
    patientAddress: 'Molenstraat 12, Ede',
    patientPostcode: '6711 AB',
    patientPhone: '06-12345678',
    patientEmail: 'anouk@example.nl',
    bsn: '123456782',
    suspectedDisorder: 'Depressieve stoornis',
    mainProblem: 'Somberheid en slecht slapen sinds vier maanden, na verlies van werk.',
    question: 'Diagnostiek en kortdurende behandeling (CGT).',
    careLevel: 'bggz',
    severity: 'matig',
    risk: 'enig',
    complexity: 'enkelvoudig',
    course: 'Vier maanden klachten, acht gesprekken met de POH-GGZ zonder verbetering.',
    patientWish: 'ggz-behandeling',
    consentToShare: true,
    consentRecordedAt: SENT_AT,
    sentAt: SENT_AT,
    validUntil: '2027-08-23',
    intakeOn: null,
    rejectionReason: null,
    rejectionNote: null,
    updatedAt: SENT_AT,
    ...overrides,
  };
}

export function anOrganization(overrides: Partial<OrganizationFacts> = {}): OrganizationFacts {
  return {
    id: '7a0e8c1d-2b3f-4a5c-9d6e-0f1a2b3c4d50',
    name: 'Huisartsenpraktijk De Linde (fictief)',
    kind: 'huisartsenpraktijk',
    agb: '01054321',
    ura: null,
    kvk: null,
    phone: '0318-123456',
    address: { street: 'Lindelaan 1', postcode: '6711 AA', city: 'Ede' },
    ...overrides,
  };
}

export const RECEIVER = anOrganization({
  id: '9b1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5',
  name: 'GGZ-praktijk De Brug (fictief)',
  kind: 'ggz-praktijk',
  agb: '94012345',
  ura: '12345678',
  kvk: '87654321',
  phone: null,
  address: { street: 'Brugweg 4', postcode: '3911 AB', city: 'Rhenen' },
});

export const WELFARE_RECEIVER = anOrganization({
  id: 'c2d3e4f5-a6b7-4c8d-9e0f-a1b2c3d4e5f6',
  name: 'Welzijnsorganisatie De Schakel (fictief)',
  kind: 'welzijnsorganisatie',
  agb: null,
  ura: null,
  kvk: '12348765',
  phone: '0318-654321',
  address: null,
});

export const VGZ: InsurerFacts = { id: 'vgz', label: 'VGZ', uzovi: '7095' };

export function anEvent(overrides: Partial<ReferralEventFacts> = {}): ReferralEventFacts {
  return {
    kind: 'verstuurd',
    toState: 'verstuurd',
    code: null,
    message: null,
    actorName: 'Dr. A. de Vries',
    at: SENT_AT,
    ...overrides,
  };
}

/** A referral document: the default BGGZ referral unless the overrides say otherwise. */
export function documentFacts(
  referral: Partial<ReferralFacts> = {},
  parts: Partial<Omit<ReferralDocumentFacts, 'referral'>> = {},
): ReferralDocumentFacts {
  return {
    referral: aReferral(referral),
    referrer: anOrganization(),
    receiver: RECEIVER,
    service: { id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', name: 'Basis-ggz volwassenen' },
    insurer: VGZ,
    events: [anEvent()],
    ...parts,
  };
}

/** A WoR+ referral to a welzijnscoach: no BSN, no care level, no suspected disorder. */
export function welfareFacts(referral: Partial<ReferralFacts> = {}): ReferralDocumentFacts {
  return documentFacts(
    {
      route: 'wor-plus',
      careLevel: null,
      bsn: null,
      suspectedDisorder: null,
      mainProblem: 'Eenzaam sinds de verhuizing, weinig structuur in de dag.',
      question: 'Coaching naar activiteiten en contact in de wijk.',
      severity: 'licht',
      risk: 'geen',
      complexity: 'meervoudig',
      patientWish: 'welzijn',
      ...referral,
    },
    {
      receiver: WELFARE_RECEIVER,
      service: { id: 'd4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70', name: 'Welzijn op Recept+' },
    },
  );
}
