/**
 * Editing a service's description in the provider portal (Mijn aanbod): which fields a provider
 * may change, the checks the HTTP schema cannot make (known diagnosis groups, a sensible age
 * range given the fields left unchanged), the normal form of each field (trimmed text, lists in
 * vocabulary order without duplicates) and which fields an edit really changes. Every accepted
 * edit is stored as a new service_version with these changedFields; an edit that changes nothing
 * is refused, so the history only holds real changes.
 */
import type { FieldProblem } from '../errors';
import type { ServiceDescription } from '../catalog/types';
import {
  EXCLUSION_CODE_IDS,
  MODALITY_IDS,
  THEME_IDS,
  type ExclusionCode,
  type Modality,
  type Theme,
} from '../catalog/vocabulary';

/** The fields of a service a provider keeps current itself; kind and location are the care map's. */
export const EDITABLE_SERVICE_FIELDS = [
  'name',
  'description',
  'themes',
  'diagnosisGroups',
  'ageMin',
  'ageMax',
  'exclusions',
  'exclusionNote',
  'modalities',
  'languages',
  'referralChannel',
  'gpReferralRequired',
] as const satisfies readonly (keyof ServiceDescription)[];

export type EditableServiceField = (typeof EDITABLE_SERVICE_FIELDS)[number];
export type EditableService = Pick<ServiceDescription, EditableServiceField>;
/** What a provider sends: any subset of the editable fields. */
export type ServiceEdit = Partial<EditableService>;

/** Dutch names of the fields, for messages and the history. */
export const SERVICE_FIELD_LABELS: Record<EditableServiceField, string> = {
  name: 'Naam',
  description: 'Omschrijving',
  themes: "Thema's",
  diagnosisGroups: 'Diagnosegroepen',
  ageMin: 'Minimumleeftijd',
  ageMax: 'Maximumleeftijd',
  exclusions: 'Exclusiecriteria',
  exclusionNote: 'Toelichting exclusiecriteria',
  modalities: 'Vorm',
  languages: 'Talen',
  referralChannel: 'Verwijskanaal',
  gpReferralRequired: 'Verwijzing huisarts nodig',
};

/** The oldest age a service can name; above it an age limit means nothing. */
export const MAX_AGE = 120;

/** The editable fields of a service, taken from its full description. */
export function editableOf(service: EditableService): EditableService {
  return Object.fromEntries(
    EDITABLE_SERVICE_FIELDS.map((f) => [f, service[f]]),
  ) as unknown as EditableService;
}

const inOrder = <T extends string>(order: readonly T[], values: readonly T[]): T[] =>
  order.filter((v) => values.includes(v));
const unique = (values: readonly string[]) => [...new Set(values)];

/** The normal form of an edit: trimmed text, empty notes as null, lists deduplicated and ordered. */
export function normaliseServiceEdit(edit: ServiceEdit): ServiceEdit {
  const out: ServiceEdit = { ...edit };
  if (edit.name !== undefined) out.name = edit.name.trim().replace(/\s+/g, ' ');
  if (edit.description !== undefined) out.description = edit.description.trim();
  if (edit.exclusionNote !== undefined)
    out.exclusionNote = edit.exclusionNote === null ? null : edit.exclusionNote.trim() || null;
  if (edit.themes) out.themes = inOrder<Theme>(THEME_IDS, edit.themes);
  if (edit.exclusions) out.exclusions = inOrder<ExclusionCode>(EXCLUSION_CODE_IDS, edit.exclusions);
  if (edit.modalities) out.modalities = inOrder<Modality>(MODALITY_IDS, edit.modalities);
  if (edit.diagnosisGroups) out.diagnosisGroups = unique(edit.diagnosisGroups.map((g) => g.trim())).sort();
  if (edit.languages) out.languages = unique(edit.languages.map((l) => l.trim().toLowerCase()));
  return out;
}

export interface ServiceEditRules {
  /** Codes of the diagnosis groups in the reference data. */
  diagnosisGroupCodes: ReadonlySet<string>;
}

/**
 * The problems of an edit against the current service (empty when it may be stored). The edit is
 * expected in normal form (normaliseServiceEdit); the schema has already checked the types.
 */
export function serviceEditProblems(
  current: EditableService,
  edit: ServiceEdit,
  rules: ServiceEditRules,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (edit.name !== undefined && edit.name.length < 2)
    problems.push({ field: 'name', message: 'vul een naam van minstens 2 tekens in' });
  for (const code of edit.diagnosisGroups ?? []) {
    if (!rules.diagnosisGroupCodes.has(code))
      problems.push({ field: 'diagnosisGroups', message: `onbekende diagnosegroep "${code}"` });
  }
  if (edit.languages !== undefined && edit.languages.length === 0)
    problems.push({ field: 'languages', message: 'noem minstens één taal' });
  if (edit.modalities !== undefined && edit.modalities.length === 0)
    problems.push({ field: 'modalities', message: 'kies minstens één vorm' });
  const ageMin = edit.ageMin ?? current.ageMin;
  const ageMax = edit.ageMax === undefined ? current.ageMax : edit.ageMax;
  if (ageMax !== null && ageMax < ageMin)
    problems.push({
      field: edit.ageMax === undefined ? 'ageMin' : 'ageMax',
      message: `de maximumleeftijd (${ageMax}) ligt onder de minimumleeftijd (${ageMin})`,
    });
  return problems;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** Languages are a set: the order they are listed in is no change. */
const comparable = (field: EditableServiceField, value: unknown) =>
  field === 'languages' && Array.isArray(value) ? [...(value as string[])].sort() : value;

/** The service after the edit, and the fields whose value it really changes (in field order). */
export function applyServiceEdit(
  current: EditableService,
  edit: ServiceEdit,
): { next: EditableService; changedFields: EditableServiceField[] } {
  const next = { ...editableOf(current) } as Record<EditableServiceField, unknown>;
  const changedFields: EditableServiceField[] = [];
  for (const field of EDITABLE_SERVICE_FIELDS) {
    if (!(field in edit) || edit[field] === undefined) continue;
    if (!sameValue(comparable(field, current[field]), comparable(field, edit[field]))) {
      changedFields.push(field);
      next[field] = edit[field];
    }
  }
  return { next: next as unknown as EditableService, changedFields };
}

/**
 * Two people editing one service: an edit names the version it started from. The fields it
 * changes that a later version (saved in between by someone else) also changed are a conflict;
 * the edit is refused for those, so nobody silently overwrites another's change. Fields only the
 * later versions touched, or only this edit touches, merge without a word.
 */
export function conflictingFields(
  changedByEdit: readonly EditableServiceField[],
  versionsSince: readonly { changedFields: readonly string[] }[],
): EditableServiceField[] {
  const touched = new Set(versionsSince.flatMap((v) => v.changedFields));
  return changedByEdit.filter((field) => touched.has(field));
}
