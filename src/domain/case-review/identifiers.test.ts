import { describe, expect, it } from 'vitest';
import { describeIdentifier, findIdentifiers, type IdentifierKind } from './identifiers';

const kindsIn = (text: string) => findIdentifiers(text).map((f) => f.kind);
const found = (text: string) => findIdentifiers(text).map((f) => [f.kind, f.text]);

describe('finding identifiers in a case text', () => {
  const positives: [string, IdentifierKind, string][] = [
    // BSN
    ['BSN 123456782 bekend', 'bsn', '123456782'],
    ['bsn: 123.456.782', 'bsn', '123.456.782'],
    ['burgerservicenummer 123 456 782.', 'bsn', '123 456 782'],
    ['nummer 1234.56.782', 'bsn', '1234.56.782'],
    // dates
    ['geboren 03-03-1985', 'datum', '03-03-1985'],
    ['geb. 3-3-85, woont alleen', 'datum', '3-3-85'],
    ['geboortedatum 3/3/1985', 'datum', '3/3/1985'],
    ['op 12.11.2024 opgenomen', 'datum', '12.11.2024'],
    ['geboren op 3 maart 1985', 'datum', '3 maart 1985'],
    ['geboren 14 MEI 1972', 'datum', '14 MEI 1972'],
    ['geboren 1 okt. 1990 in Ede', 'datum', '1 okt. 1990'],
    ['dob 1985-03-03', 'datum', '1985-03-03'],
    // postcodes and addresses
    ['woont in 3811 AB Amersfoort', 'postcode', '3811 AB'],
    ['postcode 6711XY', 'postcode', '6711XY'],
    ['woont op de Kerkstraat 12', 'adres', 'Kerkstraat 12'],
    ['adres Dorpsstraat 3a, sinds kort', 'adres', 'Dorpsstraat 3a'],
    ['woont aan de Van Goghlaan 104-2', 'adres', 'Van Goghlaan 104-2'],
    ['woonachtig Burgemeester de Withstraat 7', 'adres', 'Burgemeester de Withstraat 7'],
    ['kamer aan de Oudegracht 200 bis', 'adres', 'Oudegracht 200 bis'],
    ['woont kerkstraat 5 (klein)', 'adres', 'kerkstraat 5'],
    ['Stationsplein 1 Ede', 'adres', 'Stationsplein 1'],
    // phone numbers
    ['bereikbaar op 06-12345678', 'telefoonnummer', '06-12345678'],
    ['tel 0612345678', 'telefoonnummer', '0612345678'],
    ['mobiel 06 1234 5678', 'telefoonnummer', '06 1234 5678'],
    ['mobiel +31 6 12345678', 'telefoonnummer', '+31 6 12345678'],
    ['mobiel +31 (0)6 1234 5678', 'telefoonnummer', '+31 (0)6 1234 5678'],
    ['vast 030-1234567', 'telefoonnummer', '030-1234567'],
    ['vast 030 123 45 67', 'telefoonnummer', '030 123 45 67'],
    ['vast (0318) 123456', 'telefoonnummer', '(0318) 123456'],
    ['dochter 0031612345678', 'telefoonnummer', '0031612345678'],
    ['in paren 06-12-34-56-78', 'telefoonnummer', '06-12-34-56-78'],
    ['Belgisch nummer +32 470 12 34 56', 'telefoonnummer', '+32 470 12 34 56'],
    // e-mail
    ['mail: p.jansen@example.nl', 'e-mailadres', 'p.jansen@example.nl'],
    ['mailt vanaf piet_de.vries+ggz@mail.co.uk.', 'e-mailadres', 'piet_de.vries+ggz@mail.co.uk'],
    // names after titles, after "naam:", or first name + surname
    ['mevrouw Jansen is 45 jaar', 'naam', 'Jansen'],
    ['Mevr. De Vries heeft klachten', 'naam', 'De Vries'],
    ['mw. A.B. Bakker-de Boer', 'naam', 'A.B. Bakker-de Boer'],
    ['meneer Van der Berg werkt niet', 'naam', 'Van der Berg'],
    ['dhr. P. de Vries', 'naam', 'P. de Vries'],
    ['Dhr Öztürk is gescheiden', 'naam', 'Öztürk'],
    ['de heer El Amrani', 'naam', 'El Amrani'],
    ['De heer Jansen', 'naam', 'Jansen'],
    ['mevrouw Anna Smit, alleenstaand', 'naam', 'Anna Smit'],
    ['Naam: Piet Jansen', 'naam', 'Piet Jansen'],
    ['naam patiënte: karin smit', 'naam', 'karin smit'],
    ['Anna Bakker meldt zich', 'naam', 'Anna Bakker'],
    ['verwezen door Jan de Vries', 'naam', 'Jan de Vries'],
    ['haar zoon heet Daan, hij', 'naam', 'Daan'],
    ['Dochter Lisa woont in Utrecht', 'naam', 'Lisa'],
    ['partner Mohamed el Amrani helpt', 'naam', 'Mohamed el Amrani'],
    ['tel.nr. 088 - 1234567', 'telefoonnummer', '088 - 1234567'],
  ];
  it.each(positives)('flags %j as %s', (text, kind, value) => {
    expect(found(text)).toContainEqual([kind, value]);
  });

  const negatives = [
    'Vrouw van 45 jaar met somberheid sinds 3 weken.',
    'Sinds 2019 werkloos, schulden sinds 2021; klachten nemen toe in 2024.',
    'Leeftijd 18-25, woont bij ouders, 2 kinderen (4 en 7 jaar).',
    'PHQ-9 score 18, GAD-7 12. Sertraline 50 mg sinds 6 weken, 3 keer per week sport.',
    'Mevrouw is 62 jaar en woont alleen. Meneer X is haar ex-partner.',
    'Meneer vertelt dat hij 3x per dag drinkt (ca. 10 eenheden).',
    'mevrouw A. heeft eerder 8 gesprekken gehad bij de POH-GGZ.',
    'Patiënt is in maart 2023 gestart met 1 maart als deadline.',
    'Meneer van Turkse afkomst, spreekt goed Nederlands.',
    'Schuld van ongeveer 12.500 euro, 100.000 inwoners in de gemeente.',
    'Hij liep weg 3 keer dit jaar; leefde op straat 2 maanden.',
    'Opname 2 weken, daarna 10 contacten in 3 maanden (WoR).',
    'Score 123456789 is geen BSN (elfproef faalt).',
    'In de gemeente Ede, wijk Veldhuizen, regio Ede-Wageningen.',
    'Naam: anoniem. Vraag: welke route past?',
    'Verwijzing in 2022 naar GGZ Centraal, wachttijd 14 weken, ICPC P76.',
    'Om 12.30 uur belt zij, tussen 9 en 17 uur bereikbaar via de praktijk.',
    'Man van 58, weduwnaar sinds januari 2024. Drinkt 4-6 eenheden per dag; dochter woont in Utrecht.',
    'Jongeman (18-25) met ADHD, methylfenidaat 10mg 2dd, woont in een studentenhuis.',
    'Scores: 1-2-3; versie 2.10.1; 10-12 uur per dag; 5 - 6 keer per nacht wakker.',
  ];
  it.each(negatives)('finds nothing in %j', (text) => {
    expect(findIdentifiers(text)).toEqual([]);
  });

  it('gives each find its position in the text, in text order', () => {
    const text = 'Mevrouw Jansen (06-12345678) woont in 3811 AB.';
    const finds = findIdentifiers(text);
    expect(finds.map((f) => f.kind)).toEqual(['naam', 'telefoonnummer', 'postcode']);
    for (const f of finds) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reports a date of birth as a date, not as a phone number with the same digits', () => {
    expect(kindsIn('geboren 03-03-1985')).toEqual(['datum']);
  });

  it('reports a phone number after +31 as a phone number, not as a BSN', () => {
    expect(kindsIn('+31 612345678')).toEqual(['telefoonnummer']);
  });

  it('finds several identifiers of several kinds in one text', () => {
    const text =
      'Dhr. Jansen, geboren 3 maart 1985, BSN 111222333, woont Dorpsstraat 3a, 6711 AB Ede. Mail j@x.nl, tel. 0318-123456.';
    expect(kindsIn(text)).toEqual([
      'naam',
      'datum',
      'bsn',
      'adres',
      'postcode',
      'e-mailadres',
      'telefoonnummer',
    ]);
  });

  it('describes a find in Dutch', () => {
    const [first] = findIdentifiers('tel 06-12345678');
    expect(describeIdentifier(first!)).toBe('telefoonnummer "06-12345678"');
  });
});
