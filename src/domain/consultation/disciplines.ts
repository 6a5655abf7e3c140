/**
 * The disciplines a GP or POH-GGZ can put a consultation question to (consultatie GGZ, seed 001:
 * "een consultatievraag voor 1 GGZ-professional"; seed 002 adds the kaderhuisarts GGZ). The ids
 * are stored in consultation.discipline and seen in the API, so they are Dutch.
 *
 * The care map has no field that says which disciplines a consultation service offers. A service
 * is taken to offer the disciplines its name or description names ("Consultatie psychiater"); a
 * service that names none is taken to offer every discipline (the organisation routes the
 * question internally).
 */

export const DISCIPLINES = [
  { id: 'psychiater', label: 'Psychiater', terms: ['psychiater'] },
  {
    id: 'gz-psycholoog',
    label: 'GZ-psycholoog',
    terms: ['gz-psycholoog', 'gz psycholoog', 'gezondheidszorgpsycholoog'],
  },
  { id: 'klinisch-psycholoog', label: 'Klinisch psycholoog', terms: ['klinisch psycholoog'] },
  { id: 'psychotherapeut', label: 'Psychotherapeut', terms: ['psychotherapeut'] },
  { id: 'verslavingsarts', label: 'Verslavingsarts', terms: ['verslavingsarts', 'verslavingsgeneeskunde'] },
  {
    id: 'verpleegkundig-specialist-ggz',
    label: 'Verpleegkundig specialist GGZ',
    terms: ['verpleegkundig specialist', 'vs-ggz', 'vs ggz'],
  },
  { id: 'kaderhuisarts-ggz', label: 'Kaderhuisarts GGZ', terms: ['kaderhuisarts'] },
] as const;

export type Discipline = (typeof DISCIPLINES)[number]['id'];
export const DISCIPLINE_IDS = DISCIPLINES.map((d) => d.id) as readonly Discipline[];

export function isDiscipline(value: string): value is Discipline {
  return (DISCIPLINE_IDS as readonly string[]).includes(value);
}

/** The Dutch label of a discipline ("GZ-psycholoog"); an unknown id is returned as it is. */
export function disciplineLabel(id: string): string {
  return DISCIPLINES.find((d) => d.id === id)?.label ?? id;
}

/** The disciplines a text names, in list order ("Consultatie psychiater" → ['psychiater']). */
export function disciplinesNamedIn(text: string): Discipline[] {
  const plain = text.toLocaleLowerCase('nl').replace(/\s+/g, ' ');
  return DISCIPLINES.filter((d) => d.terms.some((term) => plain.includes(term))).map((d) => d.id);
}

/**
 * The disciplines a consultation service offers, read from its name and description; an empty
 * list means the service names none and so answers for every discipline.
 */
export function disciplinesOfService(service: { name: string; description: string }): Discipline[] {
  return disciplinesNamedIn(`${service.name} ${service.description}`);
}

/** Whether a consultation service takes questions for this discipline. */
export function serviceOffersDiscipline(
  service: { name: string; description: string },
  discipline: Discipline,
): boolean {
  const named = disciplinesOfService(service);
  return named.length === 0 || named.includes(discipline);
}
