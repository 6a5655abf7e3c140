/**
 * The need form's state and its two translations: to and from the URL query string (so that a
 * link opens the results with the need filled in; the parameter names are listed in
 * NeedForm.tsx), and to the body of POST /api/match, with the checks a person should hear about
 * before the server does.
 */
import {
  CARE_KIND_IDS,
  EXCLUSION_CODE_IDS,
  SEVERITY_IDS,
  THEME_IDS,
  type CareKind,
  type ExclusionCode,
  type Severity,
  type Theme,
} from '../../domain/catalog/vocabulary';
import type { FieldProblem, NeedRequest } from '../api';

/** What the form holds; numbers stay text until submitted so that a half-typed value is kept. */
export interface NeedFormState {
  municipality: string;
  age: string;
  insurer: string;
  diagnosisGroup: string;
  themes: Theme[];
  text: string;
  severity: Severity | '';
  kinds: CareKind[];
  characteristics: ExclusionCode[];
  online: boolean;
  language: string;
  maxDistanceKm: string;
  maxWaitWeeks: string;
}

/** The demo's starting point: a 35-year-old in Ede, at most 25 km. */
export const DEFAULT_NEED: NeedFormState = {
  municipality: 'GM0228',
  age: '35',
  insurer: '',
  diagnosisGroup: '',
  themes: [],
  text: '',
  severity: '',
  kinds: [],
  characteristics: [],
  online: false,
  language: '',
  maxDistanceKm: '25',
  maxWaitWeeks: '',
};

const DEFAULT_AGE = '35';

function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const raw = params.get(name);
  if (!raw) return [];
  const values = raw.split(',').map((v) => v.trim());
  return allowed.filter((id) => values.includes(id));
}

/** True when the query string carries a need (a municipality), so the page should match at once. */
export function hasNeed(params: URLSearchParams): boolean {
  return Boolean(params.get('municipality'));
}

/**
 * Reads the form from the query string. Without a need in it the demo defaults apply; with one,
 * an absent parameter means "not given" (only the age falls back to 35, as the API needs one).
 */
export function needFromParams(params: URLSearchParams): NeedFormState {
  if (!hasNeed(params)) return DEFAULT_NEED;
  const severity = params.get('severity') ?? '';
  return {
    municipality: (params.get('municipality') ?? '').toUpperCase(),
    age: params.get('age') || DEFAULT_AGE,
    insurer: params.get('insurer') ?? '',
    diagnosisGroup: params.get('diagnosisGroup') ?? '',
    themes: listParam(params, 'themes', THEME_IDS),
    text: params.get('text') ?? '',
    severity: (SEVERITY_IDS as readonly string[]).includes(severity) ? (severity as Severity) : '',
    kinds: listParam(params, 'kinds', CARE_KIND_IDS),
    characteristics: listParam(params, 'characteristics', EXCLUSION_CODE_IDS),
    online: params.get('online') === '1',
    language: params.get('language') ?? '',
    maxDistanceKm: params.get('maxDistanceKm') ?? '',
    maxWaitWeeks: params.get('maxWaitWeeks') ?? '',
  };
}

/** Writes the form as a query string; empty fields are left out, lists are comma-separated. */
export function needToParams(form: NeedFormState): URLSearchParams {
  const params = new URLSearchParams();
  const put = (name: string, value: string) => {
    if (value.trim() !== '') params.set(name, value.trim());
  };
  put('municipality', form.municipality);
  put('age', form.age);
  put('insurer', form.insurer);
  put('diagnosisGroup', form.diagnosisGroup);
  put('themes', form.themes.join(','));
  put('text', form.text);
  put('severity', form.severity);
  put('kinds', form.kinds.join(','));
  put('characteristics', form.characteristics.join(','));
  if (form.online) params.set('online', '1');
  put('language', form.language);
  put('maxDistanceKm', form.maxDistanceKm);
  put('maxWaitWeeks', form.maxWaitWeeks);
  return params;
}

const MUNICIPALITY_CODE = /^GM\d{4}$/;

function parseNumber(raw: string): number | null {
  const trimmed = raw.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : Number.NaN;
}

/**
 * Turns the form into the body of POST /api/match, or into the problems to show, each named by
 * the form field it belongs to.
 */
export function needToRequest(form: NeedFormState): { need: NeedRequest } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!MUNICIPALITY_CODE.test(form.municipality)) {
    problems.push({ field: 'municipality', message: 'Kies een gemeente uit de lijst.' });
  }
  const age = parseNumber(form.age);
  if (age === null || !Number.isInteger(age) || age < 0 || age > 120) {
    problems.push({ field: 'age', message: 'Vul een leeftijd in hele jaren in, van 0 tot en met 120.' });
  }
  const maxDistanceKm = parseNumber(form.maxDistanceKm);
  if (maxDistanceKm !== null && !(maxDistanceKm > 0 && maxDistanceKm <= 400)) {
    problems.push({
      field: 'maxDistanceKm',
      message: 'Vul een afstand in van meer dan 0 tot en met 400 km, of laat het veld leeg.',
    });
  }
  const maxWaitWeeks = parseNumber(form.maxWaitWeeks);
  if (maxWaitWeeks !== null && !(maxWaitWeeks >= 0 && maxWaitWeeks <= 520)) {
    problems.push({
      field: 'maxWaitWeeks',
      message: 'Vul een wachttijd in van 0 tot en met 520 weken, of laat het veld leeg.',
    });
  }
  if (problems.length > 0) return { problems };

  const preferences: NonNullable<NeedRequest['preferences']> = {};
  if (form.online) preferences.online = true;
  if (form.language) preferences.language = form.language;
  if (maxDistanceKm !== null) preferences.maxDistanceKm = maxDistanceKm;
  if (maxWaitWeeks !== null) preferences.maxWaitWeeks = maxWaitWeeks;
  const need: NeedRequest = { municipalityCode: form.municipality, age: age as number };
  if (form.insurer) need.insurerId = form.insurer;
  if (form.diagnosisGroup) need.diagnosisGroup = form.diagnosisGroup;
  if (form.themes.length > 0) need.themes = form.themes;
  if (form.text.trim()) need.text = form.text.trim();
  if (form.severity) need.severity = form.severity;
  if (form.kinds.length > 0) need.careKinds = form.kinds;
  if (form.characteristics.length > 0) need.characteristics = form.characteristics;
  if (Object.keys(preferences).length > 0) need.preferences = preferences;
  return { need };
}

/** The form field an API problem belongs to (`preferences.maxDistanceKm` -> `maxDistanceKm`). */
export function formFieldOf(apiField: string): keyof NeedFormState | null {
  const leaf = apiField.split('.').pop() ?? apiField;
  const map: Record<string, keyof NeedFormState> = {
    municipalityCode: 'municipality',
    age: 'age',
    insurerId: 'insurer',
    diagnosisGroup: 'diagnosisGroup',
    themes: 'themes',
    text: 'text',
    severity: 'severity',
    careKinds: 'kinds',
    characteristics: 'characteristics',
    online: 'online',
    language: 'language',
    maxDistanceKm: 'maxDistanceKm',
    maxWaitWeeks: 'maxWaitWeeks',
  };
  const direct = map[leaf];
  if (direct) return direct;
  // Array items come as "themes.0".
  const parent = apiField.split('.').find((part) => part in map);
  return parent ? (map[parent] ?? null) : null;
}

/**
 * Parameters of a match after a rejected referral ("opnieuw matchen zonder deze aanbieder"),
 * carried next to the need and kept when the form is submitted again:
 *
 *   zonder   comma-separated organisation ids to leave out (they rejected this patient before)
 *   vorige   the rejected referral, so the next referral links back to it
 */
export const REMATCH_PARAMS = ['zonder', 'vorige'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RematchParams {
  excludeOrganizationIds: string[];
  previousReferralId: string | null;
}

/** The exclusions and the previous referral in a query string (malformed ids are ignored). */
export function rematchFromParams(params: URLSearchParams): RematchParams {
  const ids = (params.get('zonder') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => UUID.test(id));
  const previous = params.get('vorige') ?? '';
  return {
    excludeOrganizationIds: [...new Set(ids)],
    previousReferralId: UUID.test(previous) ? previous : null,
  };
}

/** Copies zonder and vorige from one query string to another. */
export function carryRematchParams(from: URLSearchParams, to: URLSearchParams): URLSearchParams {
  for (const name of REMATCH_PARAMS) {
    const value = from.get(name);
    if (value) to.set(name, value);
  }
  return to;
}

/** The query string of a need as the API takes it (a need stored with a referral), for a link to the match page. */
export function needRequestToParams(need: NeedRequest): URLSearchParams {
  const form: NeedFormState = {
    ...DEFAULT_NEED,
    municipality: need.municipalityCode,
    age: String(need.age),
    insurer: need.insurerId ?? '',
    diagnosisGroup: need.diagnosisGroup ?? '',
    themes: need.themes ?? [],
    text: need.text ?? '',
    severity: need.severity ?? '',
    kinds: need.careKinds ?? [],
    characteristics: need.characteristics ?? [],
    online: need.preferences?.online === true,
    language: need.preferences?.language ?? '',
    maxDistanceKm: need.preferences?.maxDistanceKm != null ? String(need.preferences.maxDistanceKm) : '',
    maxWaitWeeks: need.preferences?.maxWaitWeeks != null ? String(need.preferences.maxWaitWeeks) : '',
  };
  return needToParams(form);
}
