/**
 * The two real regions the demo data and the seeded regional rules cover. Which municipalities
 * belong to each is taken from the seeds where they name them (seed 001 names Ede, Veenendaal,
 * Wageningen, Renkum (Heelsum, Renkum), Rheden, Renswoude and Utrechtse Heuvelrug (Amerongen,
 * Leersum)). Seed 002 names Noordwest-Utrecht (RegiozorgNU, about 250,000 inhabitants, St. Antonius
 * and Altrecht) but not its municipalities: the list below is our assumption and says so.
 */
export interface DemoRegion {
  id: string;
  name: string;
  municipalityCodes: string[];
  source: string;
}

export const DEMO_REGIONS: DemoRegion[] = [
  {
    id: 'ede-wageningen',
    name: 'Regio Ede, Veenendaal, Wageningen e.o.',
    municipalityCodes: ['GM0228', 'GM0345', 'GM0289', 'GM0274', 'GM0275', 'GM0339', 'GM1581'],
    source: 'Seed 001 (keuzes huisartsen bij volwassenen met psychische en psychosociale klachten)',
  },
  {
    id: 'noordwest-utrecht',
    name: 'Noordwest-Utrecht',
    municipalityCodes: ['GM0344', 'GM1904', 'GM0632', 'GM0736', 'GM0335', 'GM0589'],
    source: 'Seed 002 (RegiozorgNU, visie ggz); afbakening in gemeenten is een aanname, niet bevestigd',
  },
];
