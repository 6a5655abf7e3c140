/** HTTP schemas of matching: the need (hulpvraag) and the outcome with reasons and "waarom niet". */
import { Type } from 'typebox';
import { SEVERITY_IDS } from '../../domain/catalog/vocabulary';
import { EXCLUSION_REASON_CODES } from '../../domain/matching/types';
import { CareKind, enumOf, ExclusionCode, IsoDate, MunicipalityCode, Nullable, Theme, Uuid, WaitBasis } from './catalog';

const unique = { uniqueItems: true };

export const NeedBody = Type.Object(
  {
    municipalityCode: MunicipalityCode,
    age: Type.Integer({ minimum: 0, maximum: 120, description: 'Leeftijd in jaren' }),
    insurerId: Type.Optional(Nullable(Type.String({ pattern: '^[a-z0-9-]{2,60}$', description: 'Zorgverzekeraar (label-id)' }))),
    diagnosisGroup: Type.Optional(Nullable(Type.String({ pattern: '^[0-9a-z-]{1,30}$', description: 'Hoofddiagnosegroep' }))),
    themes: Type.Optional(Type.Array(Theme, { maxItems: 20, ...unique })),
    text: Type.Optional(Nullable(Type.String({ maxLength: 500, description: 'Vrije tekst; typefouten worden vergeven' }))),
    severity: Type.Optional(Nullable(enumOf(SEVERITY_IDS, 'Ernst'))),
    careKinds: Type.Optional(Type.Array(CareKind, { maxItems: 20, ...unique })),
    characteristics: Type.Optional(Type.Array(ExclusionCode, { maxItems: 20, ...unique, description: 'Kenmerken van de patiënt' })),
    preferences: Type.Optional(
      Type.Object(
        {
          online: Type.Optional(Type.Boolean()),
          language: Type.Optional(Nullable(Type.String({ pattern: '^[a-z]{2}$' }))),
          maxDistanceKm: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 400 }))),
          maxWaitWeeks: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 520 }))),
        },
        { additionalProperties: false },
      ),
    ),
    excludeOrganizationIds: Type.Optional(
      Type.Array(Uuid, {
        maxItems: 50,
        ...unique,
        description: 'Organisaties die een eerdere verwijzing van deze patiënt afwezen; hun diensten vallen af (eerder-afgewezen)',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false, $id: 'Need', description: 'De hulpvraag van de patiënt' },
);

/** Enough of a left-out service to name it and link to it; the full record is one click away. */
const ServiceSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  organizationName: Type.String(),
  kind: CareKind,
  location: Nullable(Type.Object({ city: Type.String() })),
  fictional: Type.Boolean(),
});

const Reason = Type.Object({ code: Type.String(), tone: enumOf(['positief', 'neutraal', 'let-op']), text: Type.String() });

export const MatchOutcomeBody = Type.Object({
  results: Type.Array(
    Type.Object({
      service: Type.Ref('Service'),
      rank: Type.Integer(),
      score: Type.Number(),
      distanceKm: Nullable(Type.Number()),
      waitWeeks: Nullable(
        Type.Object({
          registration: Type.Number(),
          treatment: Type.Number(),
          total: Type.Number(),
          normStatus: enumOf(['binnen', 'boven', 'ver-boven']),
          basis: WaitBasis,
          measuredOn: IsoDate,
          ageDays: Type.Integer(),
        }),
      ),
      dataAgeDays: Type.Integer(),
      reasons: Type.Array(Reason),
    }),
  ),
  excluded: Type.Array(
    Type.Object({
      service: ServiceSummary,
      reasons: Type.Array(Type.Object({ code: enumOf(EXCLUSION_REASON_CODES), text: Type.String() })),
    }),
  ),
  counts: Type.Object({
    considered: Type.Integer(),
    matched: Type.Integer(),
    excluded: Type.Integer(),
    byReason: Type.Record(Type.String(), Type.Integer()),
  }),
  interpretedText: Type.Optional(
    Type.Object({
      diagnosisGroups: Type.Array(Type.String()),
      themes: Type.Array(Type.String()),
      careKinds: Type.Array(Type.String()),
      terms: Type.Array(Type.Object({ input: Type.String(), matched: Type.String() })),
    }),
  ),
});
