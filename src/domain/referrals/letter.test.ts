import { describe, expect, it } from 'vitest';
import { referralLetter, type ReferralLetter } from './letter';
import { PRINTED_AT, documentFacts, welfareFacts } from './test-builders';

/** The value printed after a label, in any section. */
function valueOf(letter: ReferralLetter, label: string): string | undefined {
  return letter.sections.flatMap((s) => s.lines).find((l) => l.label === label)?.value;
}
const labels = (letter: ReferralLetter) => letter.sections.flatMap((s) => s.lines.map((l) => l.label));

describe('the referral letter (verwijsbrief)', () => {
  it('holds every element the Dutch rules require of a GGZ referral letter', () => {
    const letter = referralLetter(documentFacts(), PRINTED_AT);
    expect(letter.title).toBe('Verwijsbrief');
    expect(letter.dateText).toBe('23 november 2026');
    expect(valueOf(letter, 'Naam')).toBe('Dr. A. de Vries');
    expect(valueOf(letter, 'AGB-code (persoonlijk)')).toBe('01012345');
    const patient = letter.sections.find((s) => s.heading === 'Patiënt')!;
    expect(patient.lines).toEqual(
      expect.arrayContaining([
        { label: 'Naam', value: 'Anouk Jansen' },
        { label: 'Geboortedatum', value: '12-03-1988' },
        { label: 'Adres', value: 'Molenstraat 12, Ede, 6711 AB' },
        { label: 'BSN', value: '123456782' },
        { label: 'Zorgverzekeraar', value: 'VGZ (UZOVI 7095)' },
      ]),
    );
    expect(valueOf(letter, 'Vermoedelijke psychische stoornis')).toBe('Depressieve stoornis');
    expect(valueOf(letter, 'Hoofdprobleem')).toMatch(/^Somberheid/);
    expect(valueOf(letter, 'Hulpvraag / vraagstelling')).toMatch(/^Diagnostiek/);
    expect(valueOf(letter, 'Zorgvorm')).toBe('Generalistische basis-ggz (BGGZ)');
    expect(letter.signature).toBe(
      'Elektronisch ondertekend door Dr. A. de Vries (AGB-code 01012345) op 23 november 2026',
    );
    expect(letter.missing).toEqual([]);
  });

  it('adds what the GP weighed, the consent, the receiver and the nine months of validity', () => {
    const letter = referralLetter(documentFacts(), PRINTED_AT);
    expect(valueOf(letter, 'Route')).toBe('Verwijzing generalistische basis-ggz (BGGZ)');
    expect(valueOf(letter, 'Ernst')).toBe('Matig');
    expect(valueOf(letter, 'Risico')).toBe('Enig risico, met beschermende factoren');
    expect(valueOf(letter, 'Complexiteit')).toBe('Eén leefgebied');
    expect(valueOf(letter, 'Duur en beloop')).toMatch(/^Vier maanden/);
    expect(valueOf(letter, 'Wens van de patiënt')).toBe('Behandeling in de ggz');
    expect(valueOf(letter, 'Toestemming')).toBe(
      'De patiënt heeft toestemming gegeven om deze gegevens met de ontvanger te delen (vastgelegd op 23 november 2026).',
    );
    expect(valueOf(letter, 'Geldig tot')).toBe('23 augustus 2027 (9 maanden, tot aanmelding)');
    expect(letter.recipient).toEqual([
      'GGZ-praktijk De Brug (fictief)',
      'Basis-ggz volwassenen',
      'Vrijgevestigde ggz-praktijk',
      'Brugweg 4',
      '3911 AB Rhenen',
      'AGB-code 94012345 · URA 12345678',
    ]);
  });

  it('says SGGZ for a referral to specialised care', () => {
    const letter = referralLetter(documentFacts({ route: 'sggz', careLevel: 'sggz' }), PRINTED_AT);
    expect(valueOf(letter, 'Zorgvorm')).toBe('Gespecialiseerde ggz (SGGZ)');
  });

  it('prints free text the GP typed as it is, where it is no known option', () => {
    const letter = referralLetter(documentFacts({ risk: 'hoog: suïcidegedachten zonder plan' }), PRINTED_AT);
    expect(valueOf(letter, 'Risico')).toBe('hoog: suïcidegedachten zonder plan');
  });

  it('shows a missing AGB code of the referrer visibly instead of failing', () => {
    const letter = referralLetter(documentFacts({ referrerAgb: null }), PRINTED_AT);
    expect(letter.sections[0]!.lines).toContainEqual({
      label: 'AGB-code (persoonlijk)',
      value: 'ontbreekt',
      missing: true,
    });
    expect(letter.missing).toEqual(['persoonlijke AGB-code van de verwijzer']);
    expect(letter.signature).toBe('Elektronisch ondertekend door Dr. A. de Vries op 23 november 2026');
  });

  it('lists every missing required element of a GGZ letter', () => {
    const letter = referralLetter(
      documentFacts(
        {
          bsn: null,
          patientAddress: null,
          patientPostcode: null,
          suspectedDisorder: ' ',
          careLevel: null,
          route: 'sggz',
        },
        { insurer: null },
      ),
      PRINTED_AT,
    );
    expect(letter.missing).toEqual([
      'adres van de patiënt',
      'BSN',
      'zorgverzekeraar',
      'vermoedelijke psychische stoornis',
    ]);
    expect(valueOf(letter, 'BSN')).toBe('ontbreekt');
    expect(valueOf(letter, 'Zorgvorm')).toBe('Gespecialiseerde ggz (SGGZ)');
  });

  it('writes a WoR+ letter to a welzijnscoach without BSN and without a BGGZ/SGGZ line', () => {
    const letter = referralLetter(welfareFacts({ bsn: '123456782' }), PRINTED_AT);
    expect(letter.kind).toBe('welzijn');
    expect(letter.title).toBe('Verwijsbrief Welzijn op Recept+ (WoR+)');
    expect(labels(letter)).not.toContain('BSN');
    expect(labels(letter)).not.toContain('Zorgvorm');
    expect(labels(letter)).not.toContain('Vermoedelijke psychische stoornis');
    expect(JSON.stringify(letter)).not.toContain('123456782');
    expect(letter.missing).toEqual([]);
  });

  it('writes a letter to algemeen maatschappelijk werk as a welfare letter, without BSN', () => {
    const letter = referralLetter(welfareFacts({ route: 'amw', bsn: '123456782' }), PRINTED_AT);
    expect(letter.title).toBe('Verwijsbrief Algemeen maatschappelijk werk');
    expect(labels(letter)).not.toContain('BSN');
    expect(letter.missing).toEqual([]);
  });

  it('asks a welfare letter for a way to reach the patient, not for an AGB code or insurer', () => {
    const letter = referralLetter(
      welfareFacts({
        referrerAgb: null,
        patientAddress: null,
        patientPostcode: null,
        patientPhone: null,
        patientEmail: null,
      }),
      PRINTED_AT,
    );
    expect(letter.missing).toEqual(['adres of telefoonnummer van de patiënt']);
  });

  it('names the file by date and referral, without the patient, and puts the patient in the title', () => {
    const letter = referralLetter(documentFacts(), PRINTED_AT);
    expect(letter.fileName).toBe('verwijsbrief-2026-11-23-3f1c2b4a.pdf');
    expect(letter.metadata.title).toBe('Verwijsbrief – Anouk Jansen');
    expect(letter.footer).toContain('status op 01-12-2026: Verstuurd, wacht op reactie');
  });

  it('dates the letter by the day in the Netherlands it was sent', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    const letter = referralLetter(documentFacts({ sentAt: lateEvening }), PRINTED_AT);
    expect(letter.date).toBe('2027-01-01');
  });
});
