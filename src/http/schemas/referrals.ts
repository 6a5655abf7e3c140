/**
 * HTTP schemas of referrals and notifications: the new referral, the referral with its timeline,
 * the worklist / inbox, the steps, the start of a new match and the rejection signals. Value
 * lists come from the domain (src/domain/referrals); the checks that need more than a schema
 * (BSN elfproef, adult, what a GGZ letter requires) are the domain's, with Dutch messages.
 */
import { Type } from 'typebox';
import { REFERRAL_ACTION_IDS } from '../../domain/referrals/state-machine';
import {
  REFERRAL_STATE_IDS,
  REJECTION_REASON_IDS,
  RETURN_MESSAGE_IDS,
} from '../../domain/referrals/vocabulary';
import { WORKLIST_FLAG_IDS } from '../../domain/referrals/worklist';
import { IsoDate, IsoDateTime, Nullable, Uuid } from './catalog';
import { NeedBody } from './match';

const text = (maxLength: number, description: string) => Type.String({ maxLength, description });
/** An enum of ids whose static type is the union of the ids (so handlers stay typed). */
const enumOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Enum([...values], description ? { description } : {});
const optionalText = (maxLength: number, description: string) =>
  Type.Optional(Nullable(text(maxLength, description)));

export const ReferralState = enumOf(REFERRAL_STATE_IDS, 'Status van de verwijzing');
export const WorklistFlag = enumOf(WORKLIST_FLAG_IDS, 'Signaal op de werklijst van de verwijzer');

/** The need as matching took it, stored with the referral (without exclusions: those follow from the chain). */
const StoredNeed = Type.Object(NeedBody.properties, {
  additionalProperties: false,
  description: 'De hulpvraag zoals bij het matchen ingevuld; wordt bewaard voor "opnieuw matchen".',
});

export const CreateReferralBody = Type.Object(
  {
    serviceId: Type.String({
      format: 'uuid',
      description: 'De dienst van de sociale kaart; de organisatie ervan ontvangt de verwijzing.',
    }),
    need: Type.Optional(Nullable(StoredNeed)),
    previousReferralId: Type.Optional(Nullable(Uuid)),
    consultationId: Type.Optional(Nullable(Uuid)),
    patientName: text(200, 'Naam van de patiënt'),
    patientBirthDate: text(10, 'Geboortedatum, jjjj-mm-dd (volwassenen)'),
    patientAddress: optionalText(200, 'Adres (verplicht voor een ggz-verwijsbrief)'),
    patientPostcode: optionalText(10, 'Postcode (verplicht voor een ggz-verwijsbrief)'),
    patientPhone: optionalText(30, 'Telefoonnummer (of e-mailadres)'),
    patientEmail: optionalText(200, 'E-mailadres (of telefoonnummer)'),
    insurerId: optionalText(60, 'Zorgverzekeraar (label-id uit /api/reference/insurers; verplicht voor ggz)'),
    bsn: optionalText(12, 'BSN: alleen bij een ggz-verwijzing (bggz, sggz), en dan verplicht (elfproef)'),
    suspectedDisorder: optionalText(
      500,
      'Vermoedelijke psychische stoornis, vrije tekst (verplicht voor ggz)',
    ),
    mainProblem: text(2000, 'Hoofdprobleem'),
    question: text(2000, 'Hulpvraag / verwijsvraag'),
    careLevel: optionalText(10, 'bggz of sggz; moet bij de dienst passen (verplicht voor ggz)'),
    severity: optionalText(20, 'Ernst: licht, matig, ernstig (verplicht voor ggz)'),
    risk: optionalText(20, 'Risico: geen, enig, hoog (verplicht voor ggz)'),
    complexity: optionalText(20, 'Complexiteit: enkelvoudig, meervoudig (verplicht voor ggz)'),
    course: optionalText(1000, 'Duur en beloop, vrije tekst (verplicht voor ggz)'),
    patientWish: optionalText(1000, 'Wens van de patiënt'),
    consentToShare: Type.Boolean({
      description: 'Toestemming van de patiënt om de gegevens te delen; moet true zijn.',
    }),
  },
  { additionalProperties: false },
);

export const ActionBody = Type.Object(
  {
    action: enumOf(REFERRAL_ACTION_IDS, 'De stap'),
    message: Type.Optional(Nullable(text(4000, 'Toelichting, vraag, antwoord of bericht'))),
    reason: Type.Optional(Nullable(enumOf(REJECTION_REASON_IDS, 'Reden van afwijzing (bij afwijzen)'))),
    returnMessage: Type.Optional(
      Nullable(enumOf(RETURN_MESSAGE_IDS, 'Soort terugbericht (bij terugbericht)')),
    ),
    intakeOn: Type.Optional(Nullable(IsoDate)),
  },
  {
    additionalProperties: false,
    description: [
      'Eén stap in de verwijzing. Ontvanger: accepteren; afwijzen (reason verplicht, message verplicht bij "anders");',
      'informatie-vragen (message); intake-plannen (intakeOn); behandeling-starten; afsluiten;',
      'terugbericht (returnMessage + message: afspraak-gemaakt, na-intake, overdracht, voortgang, einde-behandeling);',
      'terugkoppeling (message; welzijnscoach bij wor / wor-plus). Verwijzer: informatie-aanvullen (message); intrekken.',
    ].join(' '),
  },
);

const EventBody = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  fromState: Nullable(Type.String()),
  toState: Nullable(Type.String()),
  code: Nullable(Type.String()),
  message: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  actorName: Nullable(Type.String()),
  actorOrganizationName: Nullable(Type.String()),
  at: IsoDateTime,
});

const Direction = enumOf(
  ['verzonden', 'ontvangen', 'overzicht'],
  'Verzonden door uw praktijk, ontvangen door uw organisatie, of overzicht (regio)',
);

export const ReferralBody = Type.Object({
  id: Type.String(),
  route: Type.String(),
  state: ReferralState,
  stateSince: IsoDateTime,
  direction: Direction,
  flags: Type.Array(WorklistFlag),
  referrer: Type.Object({
    organizationId: Type.String(),
    organizationName: Type.String(),
    name: Type.String(),
    agb: Nullable(Type.String()),
  }),
  receiver: Type.Object({
    organizationId: Type.String(),
    organizationName: Type.String(),
    serviceId: Nullable(Type.String()),
    serviceName: Nullable(Type.String()),
  }),
  previousReferralId: Nullable(Type.String()),
  patient: Type.Object({
    name: Type.String(),
    birthDate: Type.String(),
    address: Nullable(Type.String()),
    postcode: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    insurerId: Nullable(Type.String()),
    bsn: Nullable(Type.String()),
  }),
  suspectedDisorder: Nullable(Type.String()),
  mainProblem: Type.String(),
  question: Type.String(),
  careLevel: Nullable(Type.String()),
  severity: Nullable(Type.String()),
  risk: Nullable(Type.String()),
  complexity: Nullable(Type.String()),
  course: Nullable(Type.String()),
  patientWish: Nullable(Type.String()),
  consentToShare: Type.Boolean(),
  consentRecordedAt: Nullable(IsoDateTime),
  hasNeed: Type.Boolean(),
  sentAt: IsoDateTime,
  validUntil: Type.String(),
  reactionDueOn: Type.String({ description: 'Laatste werkdag voor een reactie (5 werkdagen na versturen)' }),
  intakeOn: Nullable(Type.String()),
  rejectionReason: Nullable(Type.String()),
  rejectionNote: Nullable(Type.String()),
  events: Type.Array(EventBody),
  actions: Type.Array(enumOf(REFERRAL_ACTION_IDS), { description: 'De stappen die u nu kunt zetten' }),
});

export const ReferralListQuery = Type.Object(
  {
    state: Type.Optional(ReferralState),
    flag: Type.Optional(WorklistFlag),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  },
  { additionalProperties: false },
);

export const ReferralListBody = Type.Object({
  today: Type.String(),
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      route: Type.String(),
      state: ReferralState,
      direction: Direction,
      flags: Type.Array(WorklistFlag),
      patientName: Type.String(),
      patientBirthDate: Type.String(),
      referrerOrganizationName: Type.String(),
      receiverOrganizationName: Type.String(),
      serviceName: Nullable(Type.String()),
      sentAt: IsoDateTime,
      stateSince: IsoDateTime,
      validUntil: Type.String(),
      intakeOn: Nullable(Type.String()),
      rejectionReason: Nullable(Type.String()),
    }),
  ),
  counts: Type.Object({
    total: Type.Integer(),
    byFlag: Type.Record(Type.String(), Type.Integer()),
  }),
});

export const RematchBody = Type.Object({
  referralId: Type.String(),
  need: Nullable(Type.Object({}, { additionalProperties: true })),
  excludeOrganizations: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});

const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'Maand, jjjj-mm' });

export const SignalsQuery = Type.Object(
  {
    from: Type.Optional(Month),
    to: Type.Optional(Month),
    regionId: Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);

export const SignalsBody = Type.Object({
  from: Type.String(),
  to: Type.String(),
  regions: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  rows: Type.Array(
    Type.Object({
      month: Type.String(),
      regionId: Type.String(),
      careKind: Type.String(),
      reason: Type.String(),
      count: Type.Integer(),
    }),
  ),
  totals: Type.Object({
    all: Type.Integer(),
    byReason: Type.Record(Type.String(), Type.Integer()),
    byRegion: Type.Record(Type.String(), Type.Integer()),
    byCareKind: Type.Record(Type.String(), Type.Integer()),
  }),
});

export const NotificationBody = Type.Object({
  id: Type.String(),
  subjectType: enumOf(['referral', 'consultation', 'case-submission', 'exploratory']),
  subjectId: Type.String(),
  text: Type.String(),
  createdAt: IsoDateTime,
  readAt: Nullable(IsoDateTime),
});

export const NotificationListBody = Type.Object({
  unread: Type.Integer(),
  items: Type.Array(NotificationBody),
});

export const NotificationQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean({ description: 'Alleen ongelezen meldingen' })) },
  { additionalProperties: false },
);
