/**
 * Test helper: the text a PDF made by pdf-lib with standard fonts shows, page by page. Such PDFs
 * draw text as hex strings of WinAnsi codes (`<...> Tj`) in Flate-compressed content streams, so
 * decoding those is enough to check what a reader sees; no general PDF text extraction.
 */
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';

/** Windows-1252 at 0x80–0x9F, where it differs from Latin-1 (Node's TextDecoder treats it as Latin-1). */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';
const winAnsi = (hex: string) =>
  [...Buffer.from(hex, 'hex')]
    .map((byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)))
    .join('');

/** The lines of text on each page, in drawing order. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
    const lines: string[] = [];
    for (const stream of streams) {
      if (!(stream instanceof PDFRawStream)) continue;
      const source = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
      for (const match of source.matchAll(/<([0-9A-Fa-f]*)> Tj/g)) lines.push(winAnsi(match[1]!));
    }
    return lines;
  });
}
