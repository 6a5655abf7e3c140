import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { referralLetter } from '../domain/referrals/letter';
import { PRINTED_AT, documentFacts, welfareFacts } from '../domain/referrals/test-builders';
import { pdfPageTexts } from '../../test/support/pdf-text';
import { renderReferralLetterPdf, winAnsiText, wrapText } from './referral-letter-pdf';

const render = (facts = documentFacts()) =>
  renderReferralLetterPdf(referralLetter(facts, PRINTED_AT), PRINTED_AT);
const allText = (pages: string[][]) => pages.flat().join('\n');

describe('the referral letter as PDF', () => {
  it('is an A4 PDF with the title, subject and author in its properties', async () => {
    const bytes = await render();
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.getTitle()).toBe('Verwijsbrief – Anouk Jansen');
    expect(doc.getSubject()).toBe(
      'Verwijsbrief van 23 november 2026 voor Anouk Jansen, aan GGZ-praktijk De Brug (fictief)',
    );
    expect(doc.getAuthor()).toBe('Dr. A. de Vries');
  });

  it('shows the required elements, the Dutch characters, the signature and the page number', async () => {
    const text = allText(await pdfPageTexts(await render()));
    for (const expected of [
      'Verwijsbrief',
      'Datum: 23 november 2026',
      'Patiënt',
      'Anouk Jansen',
      '12-03-1988',
      '123456782',
      'VGZ (UZOVI 7095)',
      'Generalistische basis-ggz (BGGZ)',
      'Depressieve stoornis',
      'Eén leefgebied',
      'Elektronisch ondertekend door Dr. A. de Vries (AGB-code 01012345) op 23 november 2026',
      'Pagina 1 van 1',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Let op');
  });

  it('warns visibly, in a box and in capitals, when required elements are missing', async () => {
    const text = allText(await pdfPageTexts(await render(documentFacts({ referrerAgb: null }))));
    expect(text).toContain(
      'Let op: in deze verwijsbrief ontbreken verplichte gegevens: persoonlijke AGB-code van',
    );
    expect(text).toContain('ONTBREEKT');
  });

  it('wraps long text over lines and pages and numbers every page', async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `Zin ${i + 1} over de klachten, het beloop en wat eerder is geprobeerd.`,
    ).join(' ');
    const pages = await pdfPageTexts(await render(documentFacts({ course: long })));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((lines, i) => expect(lines).toContain(`Pagina ${i + 1} van ${pages.length}`));
    expect(allText(pages)).toContain('Zin 120 over de klachten');
    expect(allText(pages.slice(-1))).toContain('Elektronisch ondertekend door');
  });

  it('renders names outside WinAnsi without failing: base letters where possible, else "?"', async () => {
    const pages = await pdfPageTexts(
      await render(
        welfareFacts({
          patientName: 'Şükrü Łukasz Øster 😀',
          mainProblem: 'Kosten € 25,– per maand “te veel”',
        }),
      ),
    );
    const text = allText(pages);
    expect(text).toContain('Sükrü ?ukasz Øster ?');
    expect(text).toContain('Kosten € 25,– per maand “te veel”');
  });

  it('cuts a word that is longer than a line', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = wrapText('kort ' + 'x'.repeat(400), font, 10, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace('kort', '')).toBe('x'.repeat(400));
  });

  it('keeps WinAnsi text as it is', () => {
    const supported = new Set([...'Patiënt €'].map((c) => c.codePointAt(0)!));
    expect(winAnsiText('Patiënt €', supported)).toBe('Patiënt €');
    expect(winAnsiText('Patiënt\u00A0€', supported)).toBe('Patiënt €');
  });
});
