import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../calendar/iso-week';
import {
  countFacts,
  currencyState,
  factsToConfirm,
  reminderDue,
  reminderKey,
  reminderText,
  type ContractFactInput,
  type OrganizationFactsInput,
  type ServiceFactsInput,
  type WaitFactInput,
} from './currency';

const now = new Date('2026-11-23T10:00:00Z');
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const dateDaysAgo = (days: number) => daysAgo(days).slice(0, 10);

function aWait(daysOld: number, group: string | null = null, name: string | null = null): WaitFactInput {
  return {
    diagnosisGroup: group,
    diagnosisGroupName: name,
    measuredOn: dateDaysAgo(daysOld),
    confirmedAt: daysAgo(daysOld),
  };
}

function aContract(daysOld: number, insurerId = 'cz', insurerLabel = 'CZ', year = 2026): ContractFactInput {
  return { insurerId, insurerLabel, year, contracted: true, ceiling: 'open', confirmedAt: daysAgo(daysOld) };
}

let serial = 0;
function aService(facts: Partial<ServiceFactsInput> = {}): ServiceFactsInput {
  serial++;
  return {
    serviceId: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    serviceName: `Dienst ${serial}`,
    kind: 'bggz',
    waits: [aWait(1)],
    pause: null,
    contracts: [aContract(1)],
    ...facts,
  };
}

const anOrganization = (...services: ServiceFactsInput[]): OrganizationFactsInput => ({
  organizationId: '11111111-1111-4111-8111-111111111111',
  organizationName: 'GGZ-praktijk De Brug',
  services,
});

describe('the state of one fact by its age', () => {
  it('lists nothing up to 23 days, "binnenkort verouderd" from 24 to 30, then verouderd, then onbekend after 90', () => {
    expect(currencyState(0)).toBeNull();
    expect(currencyState(23)).toBeNull();
    expect(currencyState(24)).toBe('binnenkort-verouderd');
    expect(currencyState(30)).toBe('binnenkort-verouderd');
    expect(currencyState(31)).toBe('verouderd');
    expect(currencyState(90)).toBe('verouderd');
    expect(currencyState(91)).toBe('onbekend');
    expect(currencyState(null)).toBe('onbekend');
  });
});

describe('the facts a provider should confirm', () => {
  it('leaves out a service whose facts are all current', () => {
    expect(factsToConfirm(anOrganization(aService()), now)).toEqual([]);
  });

  it('lists a stale wait per diagnosis group with its age and a Dutch sentence', () => {
    const service = aService({
      serviceName: 'Basis-ggz Ede',
      waits: [aWait(45, '04', 'Angststoornissen'), aWait(5)],
    });
    const items = factsToConfirm(anOrganization(service), now);
    expect(items).toEqual([
      {
        key: `${service.serviceId}:wachttijd:04`,
        serviceId: service.serviceId,
        serviceName: 'Basis-ggz Ede',
        fact: 'wachttijd',
        subject: 'Wachttijd voor Angststoornissen',
        state: 'verouderd',
        ageDays: 45,
        lastConfirmedAt: '2026-10-09T10:00:00.000Z',
        text: 'Wachttijd voor Angststoornissen: laatst bevestigd op 9 oktober 2026 (45 dagen geleden). Ouder dan 30 dagen: verwijzers zien een waarschuwing en de dienst staat lager in de zoekresultaten.',
      },
    ]);
  });

  it('counts a wait from the newer of its measurement and its confirmation', () => {
    const reconfirmed = aService({ waits: [{ ...aWait(100), confirmedAt: daysAgo(2) }] });
    expect(factsToConfirm(anOrganization(reconfirmed), now)).toEqual([]);
  });

  it('calls a wait older than 90 days onbekend, and one never given as well', () => {
    const ancient = aService({ waits: [aWait(120)] });
    const never = aService({ waits: [] });
    const items = factsToConfirm(anOrganization(ancient, never), now);
    expect(items.map((i) => [i.serviceId, i.state, i.ageDays, i.subject])).toEqual([
      [never.serviceId, 'onbekend', null, 'Wachttijd'],
      [ancient.serviceId, 'onbekend', 120, 'Wachttijd (alle diagnosegroepen)'],
    ]);
    expect(items[0]?.text).toBe('Wachttijd: nooit opgegeven; verwijzers zien dit als onbekend.');
    expect(items[1]?.text).toContain('Ouder dan 90 dagen: verwijzers zien dit als onbekend.');
  });

  it('warns a week before a fact turns stale, with the days left', () => {
    const items = factsToConfirm(
      anOrganization(aService({ waits: [aWait(25)] }), aService({ waits: [aWait(30)] })),
      now,
    );
    expect(items.map((i) => i.state)).toEqual(['binnenkort-verouderd', 'binnenkort-verouderd']);
    expect(items[0]?.text).toMatch(/\(30 dagen geleden\)\. Wordt morgen verouderd\.$/);
    expect(items[1]?.text).toMatch(/\(25 dagen geleden\)\. Wordt over 6 dagen verouderd\.$/);
  });

  it('asks for the contract of each insurer of this year, and for contracts when a ggz service names none', () => {
    const stale = aService({
      contracts: [
        aContract(60, 'cz', 'CZ'),
        aContract(2, 'vgz', 'VGZ'),
        aContract(200, 'menzis', 'Menzis', 2025),
      ],
    });
    const none = aService({ contracts: [aContract(2, 'cz', 'CZ', 2025)] });
    const items = factsToConfirm(anOrganization(stale, none), now);
    expect(items.map((i) => [i.key, i.state, i.subject])).toEqual([
      [`${none.serviceId}:contract`, 'onbekend', 'Contracten en omzetplafonds 2026'],
      [`${stale.serviceId}:contract:cz`, 'verouderd', 'Contract en omzetplafond CZ 2026'],
    ]);
  });

  it('joins several contracts in one state into one fact, counted from the oldest', () => {
    const labels = ['VGZ', 'ONVZ', 'Menzis', 'DSW', 'CZ'];
    const service = aService({
      contracts: [
        ...labels.map((label, i) => aContract(35 + i * 5, label.toLowerCase(), label)),
        aContract(95, 'zk', 'Zilveren Kruis'),
      ],
    });
    const items = factsToConfirm(anOrganization(service), now);
    expect(items.map((i) => [i.key, i.state, i.ageDays, i.subject])).toEqual([
      [`${service.serviceId}:contract:zk`, 'onbekend', 95, 'Contract en omzetplafond Zilveren Kruis 2026'],
      [
        `${service.serviceId}:contract:verouderd`,
        'verouderd',
        55,
        'Contracten en omzetplafonds 2026 (CZ, DSW, Menzis en nog 2)',
      ],
    ]);
    expect(items[1]?.text).toBe(
      'Contracten en omzetplafonds 2026 (CZ, DSW, Menzis en nog 2): het oudste laatst bevestigd op 29 september 2026 (55 dagen geleden). Ouder dan 30 dagen: verwijzers zien een waarschuwing.',
    );
  });

  it('does not ask a welfare or crisis service for contracts, nor a crisis service for a wait', () => {
    const welfare = aService({ kind: 'welzijn', contracts: [], waits: [aWait(40)] });
    const crisis = aService({ kind: 'crisis', contracts: [], waits: [] });
    const items = factsToConfirm(anOrganization(welfare, crisis), now);
    expect(items.map((i) => [i.serviceId, i.fact])).toEqual([[welfare.serviceId, 'wachttijd']]);
  });

  it('asks about a registration pause whose expected end has passed, however recently it was confirmed', () => {
    const overdue = aService({
      pause: { active: true, expectedEnd: '2026-11-01', confirmedAt: daysAgo(10) },
    });
    const running = aService({
      pause: { active: true, expectedEnd: '2027-01-15', confirmedAt: daysAgo(10) },
    });
    const lifted = aService({ pause: { active: false, expectedEnd: null, confirmedAt: daysAgo(50) } });
    const items = factsToConfirm(anOrganization(overdue, running, lifted), now);
    expect(items.map((i) => [i.serviceId, i.state, i.subject])).toEqual([
      [lifted.serviceId, 'verouderd', 'Aanmelden mogelijk (geen aanmeldstop)'],
      [overdue.serviceId, 'verouderd', 'Aanmeldstop'],
    ]);
    expect(items[1]?.text).toBe(
      'Aanmeldstop: de verwachte einddatum 1 november 2026 is voorbij. Geef aan of de stop is opgeheven of verlengd.',
    );
  });

  it('sorts worst first: onbekend, verouderd, binnenkort; older before newer; then by service name', () => {
    const b = aService({ serviceName: 'B', waits: [aWait(40)] });
    const a = aService({ serviceName: 'A', waits: [aWait(40)], contracts: [aContract(95)] });
    const c = aService({ serviceName: 'C', waits: [aWait(26)], contracts: [aContract(70)] });
    const items = factsToConfirm(anOrganization(c, b, a), now);
    expect(items.map((i) => `${i.serviceName} ${i.fact} ${i.state} ${i.ageDays}`)).toEqual([
      'A contract onbekend 95',
      'C contract verouderd 70',
      'A wachttijd verouderd 40',
      'B wachttijd verouderd 40',
      'C wachttijd binnenkort-verouderd 26',
    ]);
    expect(countFacts(items)).toEqual({ onbekend: 1, verouderd: 3, binnenkortVerouderd: 1 });
  });
});

describe('reminders', () => {
  it('are due for verouderd or onbekend facts, not for facts that only turn stale soon', () => {
    expect(reminderDue(factsToConfirm(anOrganization(aService({ waits: [aWait(26)] })), now))).toBe(false);
    expect(reminderDue(factsToConfirm(anOrganization(aService({ waits: [aWait(31)] })), now))).toBe(true);
    expect(reminderDue([])).toBe(false);
  });

  it('are deduplicated per organisation and ISO week, in Dutch time', () => {
    const org = '11111111-1111-4111-8111-111111111111';
    expect(reminderKey(org, now)).toBe(`herinnering:${org}:2026-W48`);
    expect(reminderKey(org, new Date('2026-11-29T22:59:00Z'))).toBe(`herinnering:${org}:2026-W48`);
    // Sunday 23:00 UTC is already Monday in Amsterdam.
    expect(reminderKey(org, new Date('2026-11-29T23:00:00Z'))).toBe(`herinnering:${org}:2026-W49`);
  });

  it('number ISO weeks across the turn of the year', () => {
    expect(isoWeekOf('2026-01-01')).toBe('2026-W01');
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });

  it('list the facts per service with links to the portal', () => {
    const service = aService({
      serviceName: 'Basis-ggz Ede',
      waits: [aWait(45, '04', 'Angststoornissen'), aWait(120)],
    });
    const soon = aService({ serviceName: 'Groepstraining', kind: 'welzijn', waits: [aWait(27)] });
    const items = factsToConfirm(anOrganization(service, soon), now);
    const { subject, body } = reminderText('GGZ-praktijk De Brug', items, 'https://wegwijzer.example/', now);
    expect(subject).toBe('Wegwijzer: 2 gegevens van GGZ-praktijk De Brug bevestigen (week 48)');
    expect(body).toContain("Beste collega's van GGZ-praktijk De Brug,");
    expect(body).toContain(
      [
        'Onbekend (ouder dan 90 dagen of nooit opgegeven): 1',
        '',
        `Basis-ggz Ede (https://wegwijzer.example/portaal/diensten/${service.serviceId})`,
        '- Wachttijd (alle diagnosegroepen): laatst bevestigd op 26 juli 2026 (120 dagen geleden). Ouder dan 90 dagen: verwijzers zien dit als onbekend.',
      ].join('\n'),
    );
    expect(body).toContain('Verouderd (ouder dan 30 dagen): 1');
    expect(body).toContain(`Groepstraining (https://wegwijzer.example/portaal/diensten/${soon.serviceId})`);
    expect(body).toContain('Binnenkort verouderd (binnen 7 dagen): 1');
    expect(body).toContain('alle gegevens van een dienst in één keer: https://wegwijzer.example/portaal\n');
  });

  it('write out at most 40 facts and count the rest', () => {
    const many = Array.from({ length: 45 }, () => aService({ waits: [aWait(50)] }));
    const items = factsToConfirm(anOrganization(...many), now);
    const { body } = reminderText('De Brug', items, 'http://localhost:3000', now);
    expect(body.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(40);
    expect(body).toContain('En nog 5 gegevens; het portaal toont de volledige lijst.');
  });
});
