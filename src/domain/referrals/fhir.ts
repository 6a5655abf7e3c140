/**
 * The referral as FHIR R4: a Bundle of type 'collection' holding the ServiceRequest (what is
 * asked, of whom, for whom, by whom), a Task that carries the referral's state in the closed loop,
 * and the Patient, Practitioner, PractitionerRole, Organizations and Coverage they refer to.
 * Identifiers use the Dutch naming systems (fhir.nl): AGB, URA, KvK, UZOVI and BSN, the BSN only
 * when a GGZ referral holds one (never for Welzijn op Recept or other welfare).
 *
 * Resources are addressed by urn:uuid full URLs derived from the referral id, so the same referral
 * always exports to the same ids and every reference resolves inside the Bundle. The mapping of
 * states to Task.status and ServiceRequest.status is in docs/referral-letter-and-fhir.md.
 */
import { createHash } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  CodeableConcept,
  ContactPoint,
  Coverage,
  FhirResource,
  Identifier,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Reference,
  ServiceRequest,
  Task,
} from 'fhir/r4';
import { dateInNetherlands } from '../calendar/iso-date';
import { ORGANIZATION_KINDS, SEVERITIES, labelOf } from '../catalog/vocabulary';
import { COMPLEXITIES, PATIENT_WISHES, RISK_LEVELS } from '../routes/help-question';
import {
  careLevelLabel,
  careLevelOf,
  isGgzReferral,
  routeLabel as routeLabelOf,
  type OrganizationFacts,
  type ReferralDocumentFacts,
  type ReferralFacts,
} from './document-facts';
import { REFERRAL_STATES, REJECTION_REASONS, RETURN_MESSAGES, type ReferralState } from './vocabulary';

/** The Dutch naming systems (NamingSystem on fhir.nl) for the identifiers we export. */
export const NAMING_SYSTEMS = {
  agb: 'http://fhir.nl/fhir/NamingSystem/agb-z',
  ura: 'http://fhir.nl/fhir/NamingSystem/ura',
  kvk: 'http://fhir.nl/fhir/NamingSystem/kvk',
  uzovi: 'http://fhir.nl/fhir/NamingSystem/uzovi',
  bsn: 'http://fhir.nl/fhir/NamingSystem/bsn',
} as const;
/** Identifier system for a plain URI such as urn:uuid:... (the referral's own id). */
const URI_SYSTEM = 'urn:ietf:rfc:3986';
const SNOMED = 'http://snomed.info/sct';

type TaskStatus = Task['status'];
type ServiceRequestStatus = ServiceRequest['status'];

/** Task.status for each referral state (the receiver's side of the request). */
export const TASK_STATUS: Record<ReferralState, TaskStatus> = {
  verstuurd: 'requested',
  'informatie-gevraagd': 'on-hold',
  geaccepteerd: 'accepted',
  afgewezen: 'rejected',
  'intake-gepland': 'in-progress',
  'in-behandeling': 'in-progress',
  afgesloten: 'completed',
  ingetrokken: 'cancelled',
};

/**
 * ServiceRequest.status for each state: the request stays 'active' while the receiver works on
 * it, is 'completed' when treatment ended, and 'revoked' once turned down or withdrawn (a rejected
 * referral is replaced by a new one to another provider, which names it in `replaces`).
 */
export const SERVICE_REQUEST_STATUS: Record<ReferralState, ServiceRequestStatus> = {
  verstuurd: 'active',
  'informatie-gevraagd': 'active',
  geaccepteerd: 'active',
  afgewezen: 'revoked',
  'intake-gepland': 'active',
  'in-behandeling': 'active',
  afgesloten: 'completed',
  ingetrokken: 'revoked',
};

const isState = (state: string): state is ReferralState => REFERRAL_STATES.some((s) => s.id === state);

/** A name-based UUID (version 5 layout, SHA-1) for one resource of one referral. */
export function resourceUuid(referralId: string, role: string): string {
  const hex = createHash('sha1').update(`wegwijzer:${referralId}:${role}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const text = (value: string): CodeableConcept => ({ text: value });
const present = (value: string | null | undefined): value is string => value != null && value.trim() !== '';
const trimmed = (value: string) => value.trim();

function organizationIdentifiers(org: OrganizationFacts): Identifier[] {
  const ids: Identifier[] = [];
  if (org.agb) ids.push({ system: NAMING_SYSTEMS.agb, value: org.agb });
  if (org.ura) ids.push({ system: NAMING_SYSTEMS.ura, value: org.ura });
  if (org.kvk) ids.push({ system: NAMING_SYSTEMS.kvk, value: org.kvk });
  return ids;
}

function organizationResource(id: string, org: OrganizationFacts): Organization {
  const identifier = organizationIdentifiers(org);
  return {
    resourceType: 'Organization',
    id,
    ...(identifier.length > 0 ? { identifier } : {}),
    active: true,
    type: [text(labelOf(ORGANIZATION_KINDS, org.kind))],
    name: org.name,
    ...(org.phone ? { telecom: [{ system: 'phone', value: org.phone, use: 'work' }] } : {}),
    ...(org.address
      ? {
          address: [
            {
              use: 'work',
              ...(org.address.street ? { line: [org.address.street] } : {}),
              ...(org.address.postcode ? { postalCode: org.address.postcode } : {}),
              city: org.address.city,
              country: 'NL',
            },
          ],
        }
      : {}),
  };
}

function patientResource(id: string, r: ReferralFacts): Patient {
  const telecom: ContactPoint[] = [];
  if (present(r.patientPhone)) telecom.push({ system: 'phone', value: trimmed(r.patientPhone) });
  if (present(r.patientEmail)) telecom.push({ system: 'email', value: trimmed(r.patientEmail) });
  const addressParts = [r.patientAddress, r.patientPostcode].filter(present).map(trimmed);
  const postcode = r.patientPostcode?.match(/^\s*([1-9][0-9]{3}\s?[A-Za-z]{2})\b/)?.[1];
  const bsn = present(r.bsn) && isGgzReferral(r.route) ? trimmed(r.bsn) : null;
  return {
    resourceType: 'Patient',
    id,
    ...(bsn ? { identifier: [{ use: 'official', system: NAMING_SYSTEMS.bsn, value: bsn }] } : {}),
    name: [{ use: 'official', text: trimmed(r.patientName) }],
    ...(telecom.length > 0 ? { telecom } : {}),
    birthDate: r.patientBirthDate,
    ...(addressParts.length > 0
      ? {
          address: [
            {
              use: 'home',
              text: addressParts.join(', '),
              ...(present(r.patientAddress) ? { line: [trimmed(r.patientAddress)] } : {}),
              ...(postcode ? { postalCode: postcode.toUpperCase() } : {}),
              country: 'NL',
            },
          ],
        }
      : {}),
  };
}

function weighingNotes(r: ReferralFacts): string[] {
  const label = (list: readonly { id: string; label: string }[], value: string | null) =>
    present(value) ? labelOf(list, trimmed(value)) : null;
  return [
    ['Ernst', label(SEVERITIES, r.severity)],
    ['Risico', label(RISK_LEVELS, r.risk)],
    ['Complexiteit', label(COMPLEXITIES, r.complexity)],
    ['Duur en beloop', present(r.course) ? trimmed(r.course) : null],
  ].flatMap(([name, value]) => (value ? [`${name}: ${value}`] : []));
}

const EVENT_LABELS: Record<string, string> = {
  verstuurd: 'Verstuurd',
  geaccepteerd: 'Geaccepteerd',
  afgewezen: 'Afgewezen',
  'informatie-gevraagd': 'Aanvullende informatie gevraagd',
  'informatie-aangevuld': 'Informatie aangevuld',
  'intake-gepland': 'Intake gepland',
  'behandeling-gestart': 'Behandeling gestart',
  afgesloten: 'Afgesloten',
  ingetrokken: 'Ingetrokken',
  terugbericht: 'Terugbericht',
  terugkoppeling: 'Terugkoppeling',
};

function taskStatusReason(r: ReferralFacts): CodeableConcept | undefined {
  if (r.state === 'afgewezen') {
    const reason = r.rejectionReason ? labelOf(REJECTION_REASONS, r.rejectionReason) : 'Afgewezen';
    return text(present(r.rejectionNote) ? `${reason}: ${trimmed(r.rejectionNote)}` : reason);
  }
  if (r.state === 'informatie-gevraagd') return text('Aanvullende informatie gevraagd aan de verwijzer');
  if (r.state === 'ingetrokken') return text('Ingetrokken door de verwijzer');
  return undefined;
}

const FINAL_STATES = new Set(['afgewezen', 'afgesloten', 'ingetrokken']);

/** The FHIR R4 Bundle (type 'collection') for a referral, as of `exportedAt`. */
export function referralBundle(facts: ReferralDocumentFacts, exportedAt: Date): Bundle<FhirResource> {
  const { referral: r, referrer, receiver, service, insurer, events } = facts;
  const uuid = (role: string) => resourceUuid(r.id, role);
  const bundleId = uuid(`bundle:${exportedAt.toISOString()}`);
  const ids = {
    serviceRequest: r.id,
    task: uuid('task'),
    patient: uuid('patient'),
    practitioner: uuid('practitioner'),
    practitionerRole: uuid('practitioner-role'),
    referrer: uuid('referrer-organization'),
    receiver: uuid('receiver-organization'),
    insurer: uuid('insurer-organization'),
    coverage: uuid('coverage'),
  };
  const ref = (type: FhirResource['resourceType'], id: string, display?: string): Reference => ({
    reference: `urn:uuid:${id}`,
    type,
    ...(display ? { display } : {}),
  });
  const state: ReferralState = isState(r.state) ? r.state : 'verstuurd';
  const stateLabel = labelOf(REFERRAL_STATES, r.state);
  const welfare = !isGgzReferral(r.route);
  const level = careLevelOf(r);
  const routeLabel = routeLabelOf(r.route);
  const referralIdentifier: Identifier = { system: URI_SYSTEM, value: `urn:uuid:${r.id}` };
  const patientRef = ref('Patient', ids.patient, r.patientName);
  const requesterRef = ref('PractitionerRole', ids.practitionerRole, r.referrerName);
  const receiverRef = ref('Organization', ids.receiver, receiver.name);

  const notes = [
    `Hoofdprobleem: ${trimmed(r.mainProblem)}`,
    `Hulpvraag / vraagstelling: ${trimmed(r.question)}`,
    ...weighingNotes(r),
    ...(present(r.patientWish)
      ? [`Wens van de patiënt: ${labelOf(PATIENT_WISHES, trimmed(r.patientWish))}`]
      : []),
    r.consentToShare
      ? 'De patiënt heeft toestemming gegeven om deze gegevens met de ontvanger te delen.'
      : 'Geen toestemming van de patiënt vastgelegd.',
  ];
  const serviceRequest: ServiceRequest = {
    resourceType: 'ServiceRequest',
    id: ids.serviceRequest,
    identifier: [referralIdentifier],
    ...(r.previousReferralId
      ? {
          replaces: [
            {
              type: 'ServiceRequest',
              identifier: { system: URI_SYSTEM, value: `urn:uuid:${r.previousReferralId}` },
            },
          ],
        }
      : {}),
    status: SERVICE_REQUEST_STATUS[state],
    intent: 'order',
    category: [
      {
        coding: [{ system: SNOMED, code: '3457005', display: 'Patient referral' }],
        text: welfare ? `Verwijzing naar ${routeLabel}` : 'Verwijzing naar de ggz',
      },
    ],
    priority: 'routine',
    code: text(level ? careLevelLabel(level) : routeLabel),
    ...(service ? { orderDetail: [text(`Dienst: ${service.name}`)] } : {}),
    subject: patientRef,
    occurrencePeriod: { start: dateInNetherlands(r.sentAt), end: r.validUntil },
    authoredOn: r.sentAt.toISOString(),
    requester: requesterRef,
    performer: [receiverRef],
    reasonCode: [text(present(r.suspectedDisorder) ? trimmed(r.suspectedDisorder) : trimmed(r.mainProblem))],
    ...(insurer ? { insurance: [ref('Coverage', ids.coverage)] } : {}),
    note: notes.map((note) => ({ text: note })),
  };

  const lastEvent = events.at(-1);
  const statusReason = taskStatusReason(r);
  const intake = r.intakeOn ? [{ text: `Intake gepland op ${r.intakeOn}` }] : [];
  const task: Task = {
    resourceType: 'Task',
    id: ids.task,
    identifier: [referralIdentifier],
    basedOn: [ref('ServiceRequest', ids.serviceRequest)],
    status: TASK_STATUS[state],
    ...(statusReason ? { statusReason } : {}),
    businessStatus: text(stateLabel),
    intent: 'order',
    priority: 'routine',
    code: text('Verwijzing in behandeling nemen'),
    focus: ref('ServiceRequest', ids.serviceRequest),
    for: patientRef,
    executionPeriod: {
      start: r.sentAt.toISOString(),
      ...(FINAL_STATES.has(state) ? { end: (lastEvent?.at ?? r.updatedAt).toISOString() } : {}),
    },
    authoredOn: r.sentAt.toISOString(),
    lastModified: r.updatedAt.toISOString(),
    requester: requesterRef,
    owner: receiverRef,
    ...(intake.length + events.length > 0
      ? {
          note: [
            ...intake,
            ...events.map((event) => {
              const what = EVENT_LABELS[event.kind] ?? event.kind;
              const code = event.code
                ? ` (${labelOf(event.kind === 'afgewezen' ? REJECTION_REASONS : RETURN_MESSAGES, event.code)})`
                : '';
              return {
                ...(event.actorName ? { authorString: event.actorName } : {}),
                time: event.at.toISOString(),
                text: `${what}${code}${present(event.message) ? `: ${trimmed(event.message)}` : ''}`,
              };
            }),
          ],
        }
      : {}),
  };

  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id: ids.practitioner,
    ...(r.referrerAgb ? { identifier: [{ system: NAMING_SYSTEMS.agb, value: r.referrerAgb }] } : {}),
    name: [{ use: 'official', text: trimmed(r.referrerName) }],
  };
  const practitionerRole: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: ids.practitionerRole,
    practitioner: ref('Practitioner', ids.practitioner, r.referrerName),
    organization: ref('Organization', ids.referrer, referrer.name),
  };

  const resources: FhirResource[] = [
    serviceRequest,
    task,
    patientResource(ids.patient, r),
    practitioner,
    practitionerRole,
    organizationResource(ids.referrer, referrer),
    organizationResource(ids.receiver, receiver),
  ];
  if (insurer) {
    resources.push(
      {
        resourceType: 'Organization',
        id: ids.insurer,
        ...(insurer.uzovi ? { identifier: [{ system: NAMING_SYSTEMS.uzovi, value: insurer.uzovi }] } : {}),
        active: true,
        type: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/organization-type',
                code: 'ins',
                display: 'Insurance Company',
              },
            ],
            text: 'Zorgverzekeraar',
          },
        ],
        name: insurer.label,
      },
      {
        resourceType: 'Coverage',
        id: ids.coverage,
        status: 'active',
        type: text('Zorgverzekering'),
        beneficiary: patientRef,
        payor: [ref('Organization', ids.insurer, insurer.label)],
      } satisfies Coverage,
    );
  }

  const entry: BundleEntry<FhirResource>[] = resources.map((resource) => ({
    fullUrl: `urn:uuid:${resource.id}`,
    resource,
  }));
  return {
    resourceType: 'Bundle',
    id: bundleId,
    identifier: { system: URI_SYSTEM, value: `urn:uuid:${bundleId}` },
    type: 'collection',
    timestamp: exportedAt.toISOString(),
    entry,
  };
}
