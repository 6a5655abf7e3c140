/**
 * Lays out a referral letter (src/domain/referrals/letter.ts) as a printable A4 PDF with pdf-lib:
 * the sending practice as letterhead, the receiver, the title, a boxed warning when required
 * elements are missing, the sections as label–value rows with long text wrapped, the electronic
 * signature, and on every page a footer with "Pagina x van n". The document properties carry the
 * title and subject (patient, date, receiver) so a printed or saved letter is recognisable.
 *
 * The standard Helvetica fonts encode WinAnsi (Windows-1252) only: Dutch letters (ë, é, ï), the
 * euro sign and typographic quotes are in it; anything else is reduced to its base letter
 * (ş → s, Ő → O) or, failing that, replaced by "?" rather than breaking the PDF.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ReferralLetter } from '../domain/referrals/letter';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const FOOTER_HEIGHT = 24;
const WIDTH = A4[0] - 2 * MARGIN;
const LABEL_WIDTH = 170;
const BODY = 10;
const LEADING = 13;
/** Space below a line of text, on top of the font size. */
const LINE_GAP = 3;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);

/** Text the font can encode: unsupported characters become their base letter, or "?". */
export function winAnsiText(text: string, supported: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/[\t\u00A0\u2007\u202F]/g, ' ')) {
    const code = char.codePointAt(0)!;
    if (supported.has(code)) {
      out += char;
      continue;
    }
    if (char === '\r' || char === '\n') {
      out += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += [...base].every((c) => supported.has(c.codePointAt(0)!)) && base !== '' ? base : '?';
  }
  return out;
}

/** Breaks text into lines no wider than `width`; words longer than a line are cut. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

class Layout {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private readonly supported: ReadonlySet<number>,
  ) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page when fewer than `height` points are left above the footer. */
  ensure(height: number) {
    if (this.y - height < MARGIN + FOOTER_HEIGHT) this.newPage();
  }

  clean(text: string) {
    return winAnsiText(text, this.supported);
  }

  /** Wrapped text at x within width; returns the number of lines written. */
  text(
    text: string,
    options: { x?: number; width?: number; size?: number; font?: PDFFont; color?: typeof BLACK } = {},
  ) {
    const { x = MARGIN, width = WIDTH, size = BODY, font = this.regular, color = BLACK } = options;
    const lines = wrapText(this.clean(text), font, size, width);
    for (const line of lines) {
      this.ensure(size + LINE_GAP);
      this.page.drawText(line, { x, y: this.y - size, size, font, color });
      this.y -= size + LINE_GAP;
    }
    return lines.length;
  }

  gap(points: number) {
    this.y -= points;
  }
}

/** The letter as PDF bytes. `createdAt` is the moment of printing (document properties). */
export async function renderReferralLetterPdf(letter: ReferralLetter, createdAt: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const supported = new Set(regular.getCharacterSet());
  const clean = (text: string) => winAnsiText(text, supported);
  doc.setTitle(clean(letter.metadata.title), { showInWindowTitleBar: true });
  doc.setSubject(clean(letter.metadata.subject));
  doc.setAuthor(clean(letter.metadata.author));
  doc.setKeywords(letter.metadata.keywords.map(clean));
  doc.setCreator('Wegwijzer');
  doc.setProducer('Wegwijzer (pdf-lib)');
  doc.setLanguage('nl-NL');
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);

  const out = new Layout(doc, regular, bold, supported);

  // Letterhead: the sending practice on the left; the date and the receiver ("Aan") on the right.
  const top = out.y;
  const column = WIDTH / 2 - 10;
  const right = MARGIN + WIDTH / 2 + 10;
  letter.sender.forEach((line, i) => out.text(line, { font: i === 0 ? bold : regular, width: column }));
  const senderBottom = out.y;
  out.y = top;
  out.text(`Datum: ${letter.dateText}`, { x: right, width: column });
  out.gap(10);
  out.text('Aan', { x: right, width: column, font: bold, size: 9, color: GREY });
  letter.recipient.forEach((line, i) =>
    out.text(line, { x: right, width: column, font: i === 0 ? bold : regular }),
  );
  out.y = Math.min(out.y, senderBottom);
  out.gap(18);
  out.text(letter.title, { font: bold, size: 18 });
  out.gap(6);

  if (letter.missing.length > 0) {
    const message = `Let op: in deze verwijsbrief ontbreken verplichte gegevens: ${letter.missing.join(', ')}.`;
    const lines = wrapText(clean(message), bold, BODY, WIDTH - 16);
    const height = lines.length * (BODY + LINE_GAP) + 12;
    out.ensure(height + 8);
    out.page.drawRectangle({
      x: MARGIN,
      y: out.y - height,
      width: WIDTH,
      height,
      borderColor: BLACK,
      borderWidth: 1.5,
    });
    out.gap(6);
    out.text(message, { x: MARGIN + 8, width: WIDTH - 16, font: bold });
    out.gap(14);
  }

  for (const section of letter.sections) {
    out.ensure(LEADING * 3);
    out.gap(5);
    out.text(section.heading, { font: bold, size: 12 });
    out.page.drawLine({
      start: { x: MARGIN, y: out.y + 1 },
      end: { x: MARGIN + WIDTH, y: out.y + 1 },
      thickness: 0.5,
      color: GREY,
    });
    out.gap(4);
    for (const line of section.lines) {
      const valueLines = wrapText(
        clean(line.value),
        line.missing ? bold : regular,
        BODY,
        WIDTH - LABEL_WIDTH,
      );
      out.ensure(Math.min(valueLines.length, 3) * (BODY + LINE_GAP));
      const rowTop = out.y;
      out.text(line.label, { width: LABEL_WIDTH - 8, color: GREY });
      const afterLabel = out.y;
      const samePage = out.page;
      out.y = rowTop;
      out.text(line.missing ? `${line.value.toUpperCase()}` : line.value, {
        x: MARGIN + LABEL_WIDTH,
        width: WIDTH - LABEL_WIDTH,
        font: line.missing ? bold : regular,
      });
      if (out.page === samePage) out.y = Math.min(out.y, afterLabel);
      out.gap(1);
    }
  }

  out.ensure(LEADING * 4);
  out.gap(12);
  out.text('Ondertekening', { font: bold, size: 12 });
  out.gap(2);
  out.text(letter.signature);

  const pages = out.pages;
  pages.forEach((page, index) => {
    const label = `Pagina ${index + 1} van ${pages.length}`;
    const size = 8;
    page.drawText(label, {
      x: A4[0] - MARGIN - regular.widthOfTextAtSize(label, size),
      y: MARGIN - 20,
      size,
      font: regular,
      color: GREY,
    });
    wrapText(clean(letter.footer), regular, size, WIDTH - 90).forEach((line, i) =>
      page.drawText(line, { x: MARGIN, y: MARGIN - 20 - i * (size + 3), size, font: regular, color: GREY }),
    );
  });

  return doc.save({ useObjectStreams: false });
}
