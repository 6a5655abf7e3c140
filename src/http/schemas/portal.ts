/**
 * HTTP schemas of the provider portal, the API keys and the provider system endpoint. Value lists
 * come from the domain vocabulary; the limits match the database checks (weeks under 520, counts
 * not negative). Descriptions are Dutch, as the OpenAPI document is read by providers' developers.
 */
import { Type } from 'typebox';
import {
  CARE_KIND_IDS,
  EXCLUSION_CODE_IDS,
  MODALITY_IDS,
  REFERRAL_CHANNEL_IDS,
  THEME_IDS,
} from '../../domain/catalog/vocabulary';
import { MAX_AGE } from '../../domain/portal/service-edit';
import { CeilingState, enumOf, IsoDate, IsoDateTime, Nullable, Uuid, WaitBasis } from './catalog';

const Freshness = Type.Union([Type.Literal('actueel'), Type.Literal('verouderd'), Type.Literal('onbekend')], {
  description: 'Actualiteit: actueel (≤ 30 dagen), verouderd (≤ 90), onbekend',
});
const Count = (description: string) =>
  Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000, description }));
const Weeks = (description: string) => Type.Number({ minimum: 0, exclusiveMaximum: 520, description });
const DiagnosisGroupCode = Type.String({
  minLength: 1,
  maxLength: 40,
  description: 'Code van de hoofddiagnosegroep',
});

export const OrganizationQuery = Type.Object(
  {
    organizationId: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Alleen verwijsadviseur en beheerder: de organisatie waarvoor u werkt',
      }),
    ),
  },
  { additionalProperties: false },
);
export const IdParams = Type.Object({ id: Uuid });

const factMeta = {
  confirmedAt: IsoDateTime,
  source: Type.String({
    description: 'Bron: portaal, portaal:bevestigd, import:<bestand>, api:<sleutel>, ...',
  }),
  recordedAt: IsoDateTime,
  ageDays: Type.Integer({ description: 'Leeftijd in dagen' }),
  freshness: Freshness,
};

const waitFields = {
  diagnosisGroup: Nullable(DiagnosisGroupCode),
  registrationWeeks: Weeks('Aanmeldwachttijd in weken'),
  treatmentWeeks: Weeks('Behandelwachttijd in weken'),
  basis: WaitBasis,
  waitingCount: Count('Aantal wachtenden'),
  intakesPerMonth: Count('Intakes per maand'),
  startsPerMonth: Count('Starts van behandeling per maand'),
  measuredOn: IsoDate,
};
const pauseFields = {
  active: Type.Boolean({ description: 'true: aanmeldstop instellen; false: opheffen' }),
  reason: Nullable(Type.String({ maxLength: 500 })),
  expectedEnd: Nullable(IsoDate),
};
const contractFields = {
  insurerId: Type.String({
    minLength: 1,
    maxLength: 80,
    description: 'Id van de zorgverzekeraar (referentielijst)',
  }),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  contracted: Type.Boolean(),
  ceiling: CeilingState,
};

export const PortalWait = Type.Object({ ...waitFields, ...factMeta });
export const PortalPause = Type.Object({ ...pauseFields, ...factMeta });
export const PortalContract = Type.Object({ ...contractFields, current: Type.Boolean(), ...factMeta });

const descriptionFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.String({ maxLength: 4000 }),
  themes: Type.Array(enumOf(THEME_IDS), { uniqueItems: true, maxItems: THEME_IDS.length }),
  diagnosisGroups: Type.Array(DiagnosisGroupCode, { uniqueItems: true, maxItems: 40 }),
  ageMin: Type.Integer({ minimum: 0, maximum: MAX_AGE }),
  ageMax: Nullable(Type.Integer({ minimum: 0, maximum: MAX_AGE })),
  exclusions: Type.Array(enumOf(EXCLUSION_CODE_IDS), {
    uniqueItems: true,
    maxItems: EXCLUSION_CODE_IDS.length,
  }),
  exclusionNote: Nullable(Type.String({ maxLength: 1000 })),
  modalities: Type.Array(enumOf(MODALITY_IDS), { uniqueItems: true, maxItems: MODALITY_IDS.length }),
  languages: Type.Array(Type.String({ pattern: '^[a-zA-Z]{2,3}$', description: 'ISO 639-taalcode' }), {
    uniqueItems: true,
    maxItems: 30,
  }),
  referralChannel: enumOf(REFERRAL_CHANNEL_IDS),
  gpReferralRequired: Type.Boolean(),
};

export const PortalService = Type.Object(
  {
    id: Uuid,
    organizationId: Uuid,
    organizationName: Type.String(),
    locationName: Nullable(Type.String()),
    city: Nullable(Type.String()),
    ...descriptionFields,
    kind: enumOf(CARE_KIND_IDS),
    fictional: Type.Boolean(),
    updatedAt: IsoDateTime,
    versionId: Type.Union([Type.Null(), Uuid], {
      description: 'De versie van de gegevens die u ziet (null: nooit in het portaal gewijzigd); stuur mee als basedOnVersionId',
    }),
    today: Type.String({ format: 'date', description: 'Vandaag (Nederlandse tijd) volgens de server' }),
    freshness: Freshness,
    waits: Type.Array(PortalWait),
    pause: Nullable(PortalPause),
    contracts: Type.Array(PortalContract),
  },
  { description: 'Een dienst in het portaal, met de actuele gegevens en hun actualiteit' },
);

export const ServiceList = Type.Object({
  organization: Type.Object({ id: Uuid, name: Type.String() }),
  services: Type.Array(PortalService),
});

const d = descriptionFields;
export const ServiceEditBody = Type.Object(
  {
    name: Type.Optional(d.name),
    description: Type.Optional(d.description),
    themes: Type.Optional(d.themes),
    diagnosisGroups: Type.Optional(d.diagnosisGroups),
    ageMin: Type.Optional(d.ageMin),
    ageMax: Type.Optional(d.ageMax),
    exclusions: Type.Optional(d.exclusions),
    exclusionNote: Type.Optional(d.exclusionNote),
    modalities: Type.Optional(d.modalities),
    languages: Type.Optional(d.languages),
    referralChannel: Type.Optional(d.referralChannel),
    gpReferralRequired: Type.Optional(d.gpReferralRequired),
    basedOnVersionId: Type.Optional(
      Type.Union([Type.Null(), Uuid], {
        description:
          'De versionId van de gegevens waarop u uw wijziging baseerde. Heeft iemand anders sindsdien een van uw velden gewijzigd, dan volgt 409 en wordt niets opgeslagen; zonder dit veld wint de laatste opslag.',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1, description: 'Alleen de velden die u wijzigt' },
);
/** A wait as entered: the counts may be left out (unknown). */
const waitInputFields = {
  ...waitFields,
  waitingCount: Type.Optional(waitFields.waitingCount),
  intakesPerMonth: Type.Optional(waitFields.intakesPerMonth),
  startsPerMonth: Type.Optional(waitFields.startsPerMonth),
};
export const WaitBody = Type.Object(waitInputFields, { additionalProperties: false });
export const PauseBody = Type.Object(
  {
    active: pauseFields.active,
    reason: Type.Optional(pauseFields.reason),
    expectedEnd: Type.Optional(pauseFields.expectedEnd),
  },
  { additionalProperties: false },
);
export const ContractBody = Type.Object(contractFields, { additionalProperties: false });
export const ConfirmBody = Type.Object(
  {
    serviceId: Type.Optional(
      Type.String({ format: 'uuid', description: 'Alleen deze dienst; zonder: alle diensten' }),
    ),
  },
  { additionalProperties: false },
);
export const ConfirmResult = Type.Object({
  services: Type.Integer(),
  waits: Type.Integer(),
  pauses: Type.Integer(),
  contracts: Type.Integer(),
  message: Type.String(),
});

export const HistoryQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }) },
  { additionalProperties: false },
);
export const HistoryEntry = Type.Object({
  id: Uuid,
  kind: Type.Union([
    Type.Literal('gegevens'),
    Type.Literal('wachttijd'),
    Type.Literal('aanmeldstop'),
    Type.Literal('contract'),
  ]),
  recordedAt: IsoDateTime,
  confirmedAt: Nullable(IsoDateTime),
  source: Type.String(),
  recordedByName: Nullable(Type.String()),
  wait: Nullable(Type.Object(waitFields)),
  pause: Nullable(Type.Object(pauseFields)),
  contract: Nullable(Type.Object(contractFields)),
  changes: Nullable(Type.Array(Type.Object({ field: Type.String(), value: Type.Unknown() }))),
});

export const OrganizationsQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);
export const ProviderOrganization = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.String(),
  services: Type.Integer(),
});

// ---- API keys ----

export const ApiKeyBody = Type.Object(
  {
    name: Type.String({
      minLength: 2,
      maxLength: 100,
      description: 'Waarvoor de sleutel is, bijvoorbeeld "koppeling EPD"',
    }),
  },
  { additionalProperties: false },
);
export const ApiKeyView = Type.Object({
  id: Uuid,
  name: Type.String(),
  prefix: Type.String({ description: 'Het begin van de sleutel, om hem te herkennen' }),
  createdAt: IsoDateTime,
  createdByName: Nullable(Type.String()),
  lastUsedAt: Nullable(IsoDateTime),
  revokedAt: Nullable(IsoDateTime),
});
export const ApiKeyList = Type.Object({
  organization: Type.Object({ id: Uuid, name: Type.String() }),
  keys: Type.Array(ApiKeyView),
});
export const NewApiKey = Type.Object({
  key: Type.String({ description: 'De sleutel zelf; wordt maar één keer getoond' }),
  apiKey: ApiKeyView,
});

// ---- the provider system endpoint ----

const MAX_ROWS = 5000;
export const ProviderUpdatesBody = Type.Object(
  {
    waits: Type.Array(Type.Object({ serviceId: Uuid, ...waitInputFields }, { additionalProperties: false }), {
      maxItems: MAX_ROWS,
    }),
    pauses: Type.Optional(
      Type.Array(
        Type.Object(
          {
            serviceId: Uuid,
            active: pauseFields.active,
            reason: Type.Optional(pauseFields.reason),
            expectedEnd: Type.Optional(pauseFields.expectedEnd),
          },
          { additionalProperties: false },
        ),
        { maxItems: MAX_ROWS },
      ),
    ),
  },
  { additionalProperties: false },
);
export const ProviderUpdateReport = Type.Object({
  written: Type.Boolean({
    description: 'true als alles is opgeslagen; false als er iets is afgewezen (dan is niets opgeslagen)',
  }),
  message: Type.String(),
  counts: Type.Object({
    rows: Type.Integer(),
    nieuw: Type.Integer(),
    bijgewerkt: Type.Integer(),
    bevestigd: Type.Integer(),
    afgewezen: Type.Integer(),
  }),
  rows: Type.Array(
    Type.Object({
      list: Type.Union([Type.Literal('waits'), Type.Literal('pauses')]),
      index: Type.Integer(),
      serviceId: Uuid,
      diagnosisGroup: Nullable(Type.String()),
      outcome: Type.Union([
        Type.Literal('nieuw'),
        Type.Literal('bijgewerkt'),
        Type.Literal('bevestigd'),
        Type.Literal('afgewezen'),
      ]),
      reasons: Type.Array(Type.String()),
    }),
  ),
});
