/**
 * HTTP schemas of the route advice: the help question (hulpvraag) the keuzehulp sends, the advice
 * it gets back, the route catalog for the comparison view, and the regional rules a coordinator
 * views and changes. The option lists come from the domain (help-question.ts, route-catalog.ts).
 */
import { Type } from 'typebox';
import { CARE_KIND_IDS, SEVERITY_IDS, THEME_IDS } from '../../domain/catalog/vocabulary';
import { STEPPED_CARE_STEPS } from '../../domain/routes/advice';
import {
  COMPLEXITIES,
  EARLIER_CARE,
  GP_QUESTIONS,
  PATIENT_WISHES,
  RISK_KINDS,
  RISK_LEVELS,
  SOCIAL_PROBLEMS,
  SUBSTANCE_USE_LEVELS,
  SUSPECTED_DISORDER_OPTIONS,
  idsOf,
} from '../../domain/routes/help-question';
import { SCOPE_KINDS } from '../../domain/routes/regional-rules';
import { ROUTE_IDS } from '../../domain/routes/route-catalog';
import { ClockTime, IsoDate, IsoDateTime, MunicipalityCode, Nullable, oneOf, Uuid } from './catalog';


/** An option list as an enum whose description lists the ids with their Dutch labels. */
const options = <T extends { id: string; label: string }>(list: readonly T[], what: string) =>
  oneOf(idsOf(list), `${what}: ${list.map((o) => `${o.id} (${o.label})`).join(', ')}`);

const CareKind = oneOf(CARE_KIND_IDS, 'Zorgsoort');
const Theme = oneOf(THEME_IDS, 'Psychosociaal thema');

export const RouteId = oneOf(ROUTE_IDS, 'Route');
const unique = { uniqueItems: true };

export const HelpQuestionBody = Type.Object(
  {
    age: Type.Integer({ minimum: 0, maximum: 120, description: 'Leeftijd in jaren' }),
    municipalityCode: MunicipalityCode,
    place: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 80,
        description: 'Woonplaats, waar de afspraken binnen een gemeente verschillen (bijv. Heelsum)',
      }),
    ),
    date: Type.Optional(IsoDate),
    severity: oneOf(SEVERITY_IDS, 'Ernst van de klachten: licht, matig of ernstig'),
    course: Type.Object(
      {
        durationWeeks: Type.Number({
          minimum: 0,
          maximum: 5200,
          description: 'Hoe lang de klachten duren, in weken',
        }),
        earlierCare: options(EARLIER_CARE, 'Eerdere hulp voor deze klachten'),
        earlierCareMonths: Type.Number({
          minimum: 0,
          maximum: 600,
          description: 'Hoeveel maanden die eerdere hulp duurde (0 als er geen was)',
        }),
        improved: Type.Boolean({ description: 'Zijn de klachten verbeterd met de eerdere hulp?' }),
        recurrent: Type.Boolean({ description: 'Terugkerende klachten' }),
      },
      { additionalProperties: false, description: 'Duur en beloop' },
    ),
    risk: Type.Object(
      {
        level: options(RISK_LEVELS, 'Risico'),
        kinds: Type.Array(options(RISK_KINDS, 'Waar het risico over gaat'), {
          maxItems: RISK_KINDS.length,
          ...unique,
        }),
        acute: Type.Boolean({
          description: 'Acuut gevaar voor zichzelf of anderen: leidt altijd tot de crisisdienst',
        }),
      },
      { additionalProperties: false, description: 'Risico' },
    ),
    complexity: options(COMPLEXITIES, 'Complexiteit'),
    suspectedDisorder: options(SUSPECTED_DISORDER_OPTIONS, 'Vermoeden van een stoornis'),
    socialProblems: Type.Array(options(SOCIAL_PROBLEMS, 'Sociale problemen'), {
      maxItems: SOCIAL_PROBLEMS.length,
      ...unique,
    }),
    substanceUse: options(SUBSTANCE_USE_LEVELS, 'Middelengebruik'),
    takesStepAlone: Type.Boolean({
      description: 'Zet de patiënt zelf de stap naar welzijn of ondersteuning?',
    }),
    gpLooksFor: options(GP_QUESTIONS, 'Wat zoekt de huisarts?'),
    patientWish: options(PATIENT_WISHES, 'Wens van de patiënt'),
  },
  { additionalProperties: false, description: 'De hulpvraag zoals de keuzehulp die verzamelt' },
);

const Registration = Type.Object(
  { code: oneOf(['Z68', 'A69.02']), text: Type.String() },
  { description: 'Registratie in het HIS' },
);

const RouteAdviceBody = Type.Object({
  route: RouteId,
  label: Type.String(),
  reasons: Type.Array(Type.String(), { description: 'Waarom deze route, in woorden van de huisarts' }),
  ruleIds: Type.Array(Type.String(), { description: 'De regels achter de redenen, in dezelfde volgorde' }),
  registration: Type.Optional(Registration),
  next: Type.Array(Type.String(), { description: 'Wat er nu gebeurt' }),
  limits: Type.Optional(
    Type.Object({
      maxContacts: Type.Optional(Type.Integer()),
      maxMonths: Type.Optional(Nullable(Type.Integer())),
      mergedWith: Type.Optional(RouteId),
      text: Type.String(),
    }),
  ),
  careKinds: Type.Array(CareKind, { description: 'Zorgsoorten om passend aanbod voor te zoeken' }),
  regionalRuleId: Type.Optional(Type.String()),
  replaces: Type.Optional(RouteId),
});

export const AdviceBody = Type.Object({
  advised: RouteAdviceBody,
  alternatives: Type.Array(RouteAdviceBody),
  unavailable: Type.Array(
    Type.Object({
      route: RouteId,
      why: Type.String(),
      replacement: Nullable(RouteId),
      instead: Type.String(),
      regionalRuleId: Type.Optional(Type.String()),
    }),
  ),
  crisis: Type.Boolean({ description: 'Crisissignalen: alleen de crisisdienst, niets dat wacht' }),
  steppedCare: Type.Optional(
    Type.Object({
      step: oneOf(STEPPED_CARE_STEPS),
      title: Type.String(),
      suggestions: Type.Array(Type.String()),
    }),
  ),
  themes: Type.Array(Theme),
  notes: Type.Array(Type.String()),
  date: IsoDate,
});

export const RouteCatalogBody = Type.Object({
  rows: Type.Array(
    Type.Object({ key: oneOf(['when', 'inShort', 'fitsWith', 'keyDifference']), label: Type.String() }),
  ),
  routes: Type.Array(
    Type.Object({
      id: RouteId,
      label: Type.String(),
      comparison: Type.Object({
        when: Type.String(),
        inShort: Type.String(),
        fitsWith: Type.Array(Type.String()),
        keyDifference: Type.Array(Type.String()),
      }),
      careKinds: Type.Array(CareKind),
      registration: Type.Optional(Registration),
      everywhere: Type.Boolean({ description: 'Bestaat overal, zonder regionale afspraak' }),
      mayHaveWaitingList: Type.Boolean(),
      replacements: Type.Array(RouteId),
      source: Type.String(),
    }),
  ),
});

export const RegionId = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 60,
  description: 'Code van de regio',
});
export const RuleId = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 100,
  description: 'Vaste code van de regel',
});

export const RegionsBody = Type.Array(
  Type.Object({
    id: Type.String(),
    name: Type.String(),
    source: Type.String(),
    municipalities: Type.Array(
      Type.Object({
        code: Type.String(),
        name: Type.String(),
        places: Type.Array(Type.String(), { description: 'Woonplaatsen met eigen afspraken' }),
      }),
    ),
  }),
);

const RuleDetails = Type.Object(
  {
    maxContacts: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: 'Welzijn: hoogstens zoveel contacten' }),
    ),
    maxMonths: Type.Optional(
      Nullable(
        Type.Integer({
          minimum: 1,
          maximum: 120,
          description: 'Welzijn: binnen zoveel maanden; leeg is geen tijdslimiet',
        }),
      ),
    ),
    mergedWith: Type.Optional(oneOf(['wor', 'wor-plus'], 'WoR en WoR+ zijn hier één aanbod')),
    intervalWeeks: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 52, description: 'Overlegtafel: weken tussen de besprekingen' }),
    ),
    firstSession: Type.Optional(IsoDate),
    startTime: Type.Optional(ClockTime('Overlegtafel: aanvang van de besprekingen, uu:mm (Nederlandse tijd)')),
    answerWorkingDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 60, description: 'Consultatie: antwoord binnen zoveel werkdagen' }),
    ),
    channel: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Kanaal, bijv. VIPLive of ZorgDomein' }),
    ),
    replacedBy: Type.Optional(RouteId),
    ehealth: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 })),
  },
  { additionalProperties: false, description: 'Gegevens die bij de route horen' },
);

const ruleFields = {
  scopeKind: oneOf(SCOPE_KINDS, 'Reikwijdte: regio, gemeente of woonplaats'),
  scopeCode: Type.String({
    minLength: 1,
    maxLength: 120,
    description: 'Regiocode, gemeentecode (GM0228) of gemeentecode en woonplaats (GM0274:Heelsum)',
  }),
  route: RouteId,
  available: Type.Boolean({ description: 'Is de route hier beschikbaar?' }),
  validFrom: Nullable(IsoDate),
  validTo: Nullable(IsoDate),
  details: RuleDetails,
  note: Nullable(Type.String({ maxLength: 1000, description: 'Toelichting die bij de route wordt getoond' })),
  source: Type.String({ minLength: 1, maxLength: 1000, description: 'Bron van de regel, of "Aanname: ..."' }),
};

/** Who made a change is not asked: it is the signed-in user's name, taken from the session. */
const change = {
  reason: Type.String({ minLength: 3, maxLength: 1000, description: 'Waarom' }),
};

export const RuleVersionBody = Type.Object({
  versionId: Uuid,
  ruleId: Type.String(),
  ...ruleFields,
  retired: Type.Boolean({ description: 'Deze versie beëindigt de regel' }),
  changedBy: Type.String(),
  changeReason: Nullable(Type.String()),
  recordedAt: IsoDateTime,
});

export const NewRuleBody = Type.Object(
  { ruleId: RuleId, ...ruleFields, ...change },
  { additionalProperties: false },
);

export const RuleEditBody = Type.Object(
  {
    scopeKind: Type.Optional(ruleFields.scopeKind),
    scopeCode: Type.Optional(ruleFields.scopeCode),
    route: Type.Optional(ruleFields.route),
    available: Type.Optional(ruleFields.available),
    validFrom: Type.Optional(ruleFields.validFrom),
    validTo: Type.Optional(ruleFields.validTo),
    details: Type.Optional(ruleFields.details),
    note: Type.Optional(ruleFields.note),
    source: Type.Optional(ruleFields.source),
    ...change,
    basedOnVersionId: Type.String({
      format: 'uuid',
      description: 'De versie waarop de wijziging voortbouwt (tegen onopgemerkt overschrijven)',
    }),
  },
  { additionalProperties: false, description: 'Velden die u weglaat, blijven zoals ze zijn' },
);

export const RetireQuery = Type.Object(
  {
    reason: Type.Optional(change.reason),
    basedOnVersionId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
