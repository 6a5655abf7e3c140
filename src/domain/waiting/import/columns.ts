/**
 * The columns of a waiting-time file and the header names each is known by (NZa
 * Transparantieregeling exports, spreadsheets of practices, our own sample format in
 * docs/import-wachttijden.md). Headers compare without case, accents, spaces or punctuation, and a
 * trailing "(weken)" is ignored.
 */
import { comparable } from './text';

export type WaitColumn =
  | 'agb'
  | 'locationName'
  | 'postcode'
  | 'city'
  | 'careKind'
  | 'serviceName'
  | 'diagnosisGroup'
  | 'registrationWait'
  | 'treatmentWait'
  | 'basis'
  | 'waitingCount'
  | 'measuredOn'
  | 'note';

const SYNONYMS: Record<WaitColumn, string[]> = {
  agb: [
    'AGB',
    'AGB-code',
    'agb_code',
    'AGB-code vestiging',
    'AGB vestiging',
    'AGB-code organisatie',
    'AGB-code zorgaanbieder',
  ],
  locationName: ['Locatie', 'Vestiging', 'Vestigingslocatie', 'Locatienaam', 'Naam vestiging'],
  postcode: ['Postcode', 'Postcode vestiging', 'Postcode locatie'],
  city: ['Plaats', 'Vestigingsplaats', 'Woonplaats'],
  serviceName: ['Dienst', 'Zorgaanbod', 'Behandelaanbod', 'Naam dienst', 'Programma'],
  careKind: ['Type zorg', 'Zorgtype', 'Circuit', 'Zorgsoort', 'Echelon'],
  diagnosisGroup: ['Hoofddiagnosegroep', 'Diagnosegroep', 'Diagnose', 'Hoofdgroep', 'Zorgvraagtype'],
  registrationWait: ['Aanmeldwachttijd', 'Aanmeldtijd', 'Wachttijd aanmelding', 'Aanmeldingswachttijd'],
  treatmentWait: ['Behandelwachttijd', 'Behandeltijd', 'Wachttijd behandeling'],
  basis: ['Soort', 'Soort wachttijd', 'Meetwijze', 'Type wachttijd'],
  waitingCount: ['Aantal wachtenden', 'Wachtenden', 'Aantal op wachtlijst'],
  measuredOn: ['Peildatum', 'Datum', 'Meetdatum', 'Datum wachttijd'],
  note: ['Opmerking', 'Opmerkingen', 'Toelichting', 'Zorgverzekeraar toelichting'],
};

const BY_NAME = new Map<string, WaitColumn>(
  Object.entries(SYNONYMS).flatMap(([column, names]) =>
    names.map((name) => [comparable(name), column as WaitColumn]),
  ),
);

/** The column a header names, or null for a column we do not read. */
export function columnOfHeader(header: string): WaitColumn | null {
  const key = comparable(header).replace(/(inweken|weken)$/, '');
  return BY_NAME.get(key) ?? null;
}

/** Dutch names of the columns, for messages (the first synonym). */
export const COLUMN_LABELS: Record<WaitColumn, string> = Object.fromEntries(
  Object.entries(SYNONYMS).map(([column, names]) => [column, names[0]!]),
) as Record<WaitColumn, string>;
