/**
 * HTTP schemas of the care map. They validate input and shape output, and the OpenAPI document
 * is generated from them; the value lists come from the domain vocabulary.
 */
import { Type, type TSchema } from 'typebox';
import {
  CARE_KIND_IDS,
  CEILING_STATE_IDS,
  EXCLUSION_CODE_IDS,
  MODALITY_IDS,
  ORGANIZATION_KIND_IDS,
  REFERRAL_CHANNEL_IDS,
  THEME_IDS,
  WAIT_BASIS_IDS,
} from '../../domain/catalog/vocabulary';

export const enumOf = (values: readonly string[], description?: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    description ? { description } : {},
  );
/** Null first: with type coercion on, Ajv would otherwise turn a null into "" or 0. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** An enum of ids whose static type is the union of the ids (so handlers stay typed). */
export const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Enum([...values], description ? { description } : {});

/** A time of day in the Netherlands, hh:mm. */
export const ClockTime = (description = 'Tijd in Nederland, uu:mm') =>
  Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description });

export const Uuid = Type.String({ format: 'uuid', description: 'UUID' });
export const IsoDate = Type.String({ format: 'date', description: 'Datum, jjjj-mm-dd' });
export const IsoDateTime = Type.String({ format: 'date-time' });
export const MunicipalityCode = Type.String({ pattern: '^GM[0-9]{4}$', description: 'CBS-gemeentecode, GM + 4 cijfers' });
export const CareKind = enumOf(CARE_KIND_IDS, 'Zorgsoort');
export const Theme = enumOf(THEME_IDS, 'Psychosociaal thema');
export const ExclusionCode = enumOf(EXCLUSION_CODE_IDS, 'Exclusiecriterium');
export const Modality = enumOf(MODALITY_IDS);
export const CeilingState = enumOf(CEILING_STATE_IDS, 'Omzetplafond');
export const WaitBasis = enumOf(WAIT_BASIS_IDS);
export const GeoPoint = Type.Object({ lat: Type.Number(), lon: Type.Number() });

const provenance = {
  confirmedAt: IsoDateTime,
  source: Type.String({ description: 'Bron van het gegeven' }),
};

export const ContractFact = Type.Object({
  insurerId: Type.String(),
  year: Type.Integer(),
  contracted: Type.Boolean(),
  ceiling: CeilingState,
  ...provenance,
});
export const PauseFact = Type.Object({
  active: Type.Boolean(),
  reason: Nullable(Type.String()),
  expectedEnd: Nullable(IsoDate),
  ...provenance,
});
export const WaitFact = Type.Object({
  diagnosisGroup: Nullable(Type.String()),
  registrationWeeks: Type.Number({ description: 'Aanmeldwachttijd in weken' }),
  treatmentWeeks: Type.Number({ description: 'Behandelwachttijd in weken' }),
  basis: WaitBasis,
  waitingCount: Nullable(Type.Integer()),
  measuredOn: IsoDate,
  ...provenance,
});

export const Service = Type.Object(
  {
    id: Uuid,
    organizationId: Uuid,
    organizationName: Type.String(),
    locationId: Nullable(Uuid),
    name: Type.String(),
    description: Type.String(),
    kind: CareKind,
    diagnosisGroups: Type.Array(Type.String()),
    themes: Type.Array(Theme),
    ageMin: Type.Integer(),
    ageMax: Nullable(Type.Integer()),
    exclusions: Type.Array(ExclusionCode),
    exclusionNote: Nullable(Type.String()),
    modalities: Type.Array(Modality),
    languages: Type.Array(Type.String()),
    referralChannel: enumOf(REFERRAL_CHANNEL_IDS),
    gpReferralRequired: Type.Boolean(),
    fictional: Type.Boolean({ description: 'Fictieve demogegevens' }),
    location: Nullable(
      Type.Object({
        name: Type.String(),
        street: Nullable(Type.String()),
        postcode: Nullable(Type.String()),
        city: Type.String(),
        municipalityCode: Type.String(),
        point: GeoPoint,
      }),
    ),
    coverage: Type.Array(
      Type.Object({ municipalityCode: Type.String(), validFrom: IsoDate, validTo: Nullable(IsoDate) }),
    ),
    contracts: Type.Array(ContractFact),
    pause: Nullable(PauseFact),
    waits: Type.Array(WaitFact),
  },
  { $id: 'Service', description: 'Een aanbod op een locatie, met de actuele gegevens' },
);

export const Organization = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    kind: enumOf(ORGANIZATION_KIND_IDS),
    kvk: Nullable(Type.String()),
    agb: Nullable(Type.String()),
    ura: Nullable(Type.String()),
    website: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    fictional: Type.Boolean(),
  },
  { $id: 'Organization' },
);

export const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
};

const withRecordedAt = <T extends TSchema>(schema: T) =>
  Type.Intersect([schema, Type.Object({ recordedAt: IsoDateTime })]);

/** The forecast beside a reported wait to intake (src/domain/waiting/forecast.ts). */
export const forecastFields = {
  reportedWeeks: Type.Number({ description: 'Gemelde aanmeldwachttijd in weken' }),
  forecastWeeks: Nullable(Type.Number({ description: 'Prognose: wachtenden / intakes per maand, in weken' })),
  differenceWeeks: Nullable(Type.Number({ description: 'Prognose min gemelde wachttijd, in weken' })),
  disagrees: Type.Boolean({
    description: 'Sterke afwijking: meer dan 4 weken én meer dan de helft van de gemelde wachttijd verschil',
  }),
};

/** The forecast beside one current wait of a service. */
export const ServiceForecast = Type.Object({
  ...forecastFields,
  diagnosisGroup: Nullable(Type.String()),
  waitingCount: Nullable(Type.Integer({ description: 'Aantal wachtenden' })),
  intakesPerMonth: Nullable(Type.Integer()),
  startsPerMonth: Nullable(Type.Integer({ description: 'Starts van behandeling per maand' })),
  measuredOn: IsoDate,
});

export const ServiceDetail = Type.Object({
  service: Type.Ref('Service'),
  organization: Nullable(Type.Ref('Organization')),
  history: Type.Object({
    contracts: Type.Array(withRecordedAt(ContractFact)),
    pauses: Type.Array(withRecordedAt(PauseFact)),
    waits: Type.Array(withRecordedAt(WaitFact)),
  }),
  forecasts: Type.Array(ServiceForecast, {
    description: 'Per actuele wachttijd de prognose uit wachtenden en intakes, naast de gemelde aanmeldwachttijd',
  }),
});
