/**
 * Dutch labels the screens need beyond the domain vocabulary (src/domain/catalog/vocabulary.ts,
 * which the pages import directly): the "waarom niet" reason codes, reason tones, Treeknorm
 * verdicts and the languages a patient can ask for.
 */
import type { ExclusionReasonCode, ReasonTone } from './api';
import type { NormStatus } from '../domain/waiting/treeknorm';
import { languageName } from '../domain/matching/format';

/** Why a service was left out, as a short heading. Typed as a Record so a new code fails to compile here. */
export const EXCLUSION_REASON_LABELS: Record<ExclusionReasonCode, string> = {
  exclusiecriterium: 'Exclusiecriterium',
  'geen-contract': 'Geen contract met de zorgverzekeraar',
  'plafond-bereikt': 'Omzetplafond bereikt',
  aanmeldstop: 'Aanmeldstop',
  'buiten-werkgebied': 'Buiten het werkgebied',
  leeftijd: 'Leeftijd past niet',
  'te-ver': 'Te ver weg',
  taal: 'Taal niet aangeboden',
  wachttijd: 'Wachttijd te lang',
  'eerder-afgewezen': 'Eerder afgewezen voor deze patiënt',
};

export function exclusionReasonLabel(code: string): string {
  return (EXCLUSION_REASON_LABELS as Record<string, string>)[code] ?? code;
}

/** The tone of a reason in words and as an icon, so that it never depends on colour alone. */
export const TONES: Record<ReasonTone, { word: string; icon: string }> = {
  positief: { word: 'Past', icon: '✓' },
  neutraal: { word: 'Ter info', icon: 'i' },
  'let-op': { word: 'Let op', icon: '!' },
};

export const NORM_VERDICT: Record<NormStatus, string> = {
  binnen: 'binnen de Treeknorm',
  boven: 'boven de Treeknorm',
  'ver-boven': 'ver boven de Treeknorm',
};

/** Languages a referrer can ask for (ISO 639-1, as the match API accepts them), Dutch first. */
const PREFERENCE_LANGUAGE_CODES = [
  'nl',
  'en',
  'ar',
  'tr',
  'pl',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'uk',
  'ru',
  'fa',
  'so',
  'ti',
  'zh',
];

export const PREFERENCE_LANGUAGES = PREFERENCE_LANGUAGE_CODES.map((code) => ({
  code,
  label: languageName(code),
}));

export { languageName };
