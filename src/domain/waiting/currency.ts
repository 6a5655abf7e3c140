/**
 * Currency (actualiteit) of one provider's facts: from the current waits, pause state and contracts
 * of its services, the list of facts its staff should confirm, worst first, each with a Dutch
 * sentence; a summary with counts per organisation; and the weekly reminder that lists them.
 * The thresholds are those of staleness.ts (30 and 90 days); this module only adds the warning
 * window "binnenkort verouderd" (within 7 days of turning stale). Pure: `now` is passed in.
 */
import { careKindInfo, type CareKind, type CeilingState } from '../catalog/vocabulary';
import type { IsoDate, IsoDateTime } from '../catalog/types';
import { dateInNetherlands, formatDutchDate } from '../calendar/iso-date';
import { isoWeekOf } from '../calendar/iso-week';
import { daysSince, factMoment, freshness, STALENESS } from './staleness';

/** How many days before a fact turns "verouderd" it is listed as "binnenkort verouderd". */
export const SOON_STALE_DAYS = 7;

/**
 * onbekend: older than 90 days or never given; verouderd: older than 30 days (or a registration
 * pause whose expected end has passed); binnenkort-verouderd: turns verouderd within 7 days.
 */
export type CurrencyState = 'onbekend' | 'verouderd' | 'binnenkort-verouderd';
export const CURRENCY_STATES: readonly CurrencyState[] = ['onbekend', 'verouderd', 'binnenkort-verouderd'];

/** Which fact: a waiting time, the registration pause state (aanmeldstop), or an insurer contract. */
export type FactKind = 'wachttijd' | 'aanmeldstop' | 'contract';

export interface WaitFactInput {
  diagnosisGroup: string | null;
  /** The group's Dutch name ("Angststoornissen"); null for "alle diagnosegroepen". */
  diagnosisGroupName: string | null;
  measuredOn: IsoDate;
  confirmedAt: IsoDateTime;
}

export interface PauseFactInput {
  active: boolean;
  expectedEnd: IsoDate | null;
  confirmedAt: IsoDateTime;
}

export interface ContractFactInput {
  insurerId: string;
  insurerLabel: string;
  year: number;
  contracted: boolean;
  ceiling: CeilingState;
  confirmedAt: IsoDateTime;
}

/** One service with its current facts (the newest version of each); contracts of the current year. */
export interface ServiceFactsInput {
  serviceId: string;
  serviceName: string;
  kind: CareKind;
  waits: readonly WaitFactInput[];
  pause: PauseFactInput | null;
  contracts: readonly ContractFactInput[];
}

export interface OrganizationFactsInput {
  organizationId: string;
  organizationName: string;
  services: readonly ServiceFactsInput[];
}

/** One fact to confirm. */
export interface FactToConfirm {
  /**
   * Stable within an organisation: `<serviceId>:wachttijd:<group|alle>`, `…:aanmeldstop`,
   * `…:contract:<insurer>`, or `…:contract:<state>` for several contracts in one state.
   */
  key: string;
  serviceId: string;
  serviceName: string;
  fact: FactKind;
  /** What the fact is, in Dutch: "Wachttijd voor Angststoornissen", "Contract en omzetplafond CZ 2026". */
  subject: string;
  state: CurrencyState;
  /** Days since the fact was last measured or confirmed; null when it was never given. */
  ageDays: number | null;
  /** When it was last measured or confirmed; null when never given. */
  lastConfirmedAt: IsoDateTime | null;
  /** One Dutch sentence for the list and the reminder. */
  text: string;
}

export interface CurrencyCounts {
  onbekend: number;
  verouderd: number;
  binnenkortVerouderd: number;
}

const STATE_RANK: Record<CurrencyState, number> = { onbekend: 0, verouderd: 1, 'binnenkort-verouderd': 2 };
const FACT_RANK: Record<FactKind, number> = { wachttijd: 0, aanmeldstop: 1, contract: 2 };

const LIST = new Intl.ListFormat('nl-NL', { style: 'long', type: 'conjunction' });
const dayWord = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);
const dutchDay = (moment: number) => formatDutchDate(dateInNetherlands(new Date(moment)), { weekday: false });

/** The state of a fact `ageDays` old, or null when it needs no confirmation yet. */
export function currencyState(ageDays: number | null): CurrencyState | null {
  const fresh = freshness(ageDays);
  if (fresh !== 'actueel') return fresh;
  return ageDays! > STALENESS.staleAfterDays - SOON_STALE_DAYS ? 'binnenkort-verouderd' : null;
}

/** The Dutch sentence for a fact with a known age. */
function ageSentence(
  subject: string,
  state: CurrencyState,
  moment: number,
  ageDays: number,
  fact: FactKind,
): string {
  const since = `${subject}: laatst bevestigd op ${dutchDay(moment)} (${dayWord(ageDays)} geleden).`;
  switch (state) {
    case 'onbekend':
      return `${since} Ouder dan ${STALENESS.unknownAfterDays} dagen: verwijzers zien dit als onbekend.`;
    case 'verouderd':
      return fact === 'wachttijd'
        ? `${since} Ouder dan ${STALENESS.staleAfterDays} dagen: verwijzers zien een waarschuwing en de dienst staat lager in de zoekresultaten.`
        : `${since} Ouder dan ${STALENESS.staleAfterDays} dagen: verwijzers zien een waarschuwing.`;
    case 'binnenkort-verouderd': {
      const left = STALENESS.staleAfterDays + 1 - ageDays;
      return `${since} Wordt ${left === 1 ? 'morgen' : `over ${dayWord(left)}`} verouderd.`;
    }
  }
}

function dated(
  base: Pick<FactToConfirm, 'key' | 'serviceId' | 'serviceName' | 'fact' | 'subject'>,
  moment: number,
  now: Date,
): FactToConfirm | null {
  const ageDays = daysSince(moment, now);
  const state = currencyState(ageDays);
  if (!state) return null;
  return {
    ...base,
    state,
    ageDays,
    lastConfirmedAt: new Date(moment).toISOString(),
    text: ageSentence(base.subject, state, moment, ageDays, base.fact),
  };
}

function missing(
  base: Pick<FactToConfirm, 'key' | 'serviceId' | 'serviceName' | 'fact' | 'subject'>,
): FactToConfirm {
  return {
    ...base,
    state: 'onbekend',
    ageDays: null,
    lastConfirmedAt: null,
    text: `${base.subject}: nooit opgegeven; verwijzers zien dit als onbekend.`,
  };
}

function waitItems(service: ServiceFactsInput, now: Date): FactToConfirm[] {
  const own = { serviceId: service.serviceId, serviceName: service.serviceName, fact: 'wachttijd' as const };
  if (service.waits.length === 0) {
    return [missing({ ...own, key: `${service.serviceId}:wachttijd`, subject: 'Wachttijd' })];
  }
  return service.waits.flatMap((w) => {
    const subject = w.diagnosisGroupName
      ? `Wachttijd voor ${w.diagnosisGroupName}`
      : 'Wachttijd (alle diagnosegroepen)';
    const item = dated(
      { ...own, key: `${service.serviceId}:wachttijd:${w.diagnosisGroup ?? 'alle'}`, subject },
      factMoment(w.measuredOn, w.confirmedAt),
      now,
    );
    return item ? [item] : [];
  });
}

function pauseItems(service: ServiceFactsInput, now: Date): FactToConfirm[] {
  const pause = service.pause;
  if (!pause) return [];
  const base = {
    key: `${service.serviceId}:aanmeldstop`,
    serviceId: service.serviceId,
    serviceName: service.serviceName,
    fact: 'aanmeldstop' as const,
    subject: pause.active ? 'Aanmeldstop' : 'Aanmelden mogelijk (geen aanmeldstop)',
  };
  const moment = Date.parse(pause.confirmedAt);
  const item = dated(base, moment, now);
  const today = dateInNetherlands(now);
  if (
    pause.active &&
    pause.expectedEnd !== null &&
    pause.expectedEnd < today &&
    (!item || item.state !== 'onbekend')
  ) {
    // A pause past its expected end is doubtful whatever its age: has it been lifted or extended?
    const ageDays = daysSince(moment, now);
    return [
      {
        ...base,
        state: 'verouderd',
        ageDays,
        lastConfirmedAt: new Date(moment).toISOString(),
        text: `Aanmeldstop: de verwachte einddatum ${formatDutchDate(pause.expectedEnd, { weekday: false })} is voorbij. Geef aan of de stop is opgeheven of verlengd.`,
      },
    ];
  }
  return item ? [item] : [];
}

function contractItems(service: ServiceFactsInput, year: number, now: Date): FactToConfirm[] {
  const own = { serviceId: service.serviceId, serviceName: service.serviceName, fact: 'contract' as const };
  const current = service.contracts.filter((c) => c.year === year);
  if (current.length === 0) {
    return [
      missing({
        ...own,
        key: `${service.serviceId}:contract`,
        subject: `Contracten en omzetplafonds ${year}`,
      }),
    ];
  }
  const items = current.flatMap((c) => {
    const subject = `Contract en omzetplafond ${c.insurerLabel} ${year}`;
    const item = dated(
      { ...own, key: `${service.serviceId}:contract:${c.insurerId}`, subject },
      Date.parse(c.confirmedAt),
      now,
    );
    return item ? [{ item, label: c.insurerLabel }] : [];
  });
  // Contracts of one state are one fact to confirm, counted from the oldest: a provider confirms
  // its contracts together, and a list of every insurer label apart would drown the rest.
  return CURRENCY_STATES.flatMap((state) => {
    const ofState = items.filter((i) => i.item.state === state);
    if (ofState.length <= 1) return ofState.map((i) => i.item);
    const oldest = ofState.reduce((a, b) => (b.item.ageDays! > a.item.ageDays! ? b : a)).item;
    const labels = ofState.map((i) => i.label).sort((a, b) => a.localeCompare(b, 'nl'));
    const shown = labels.length > 4 ? [...labels.slice(0, 3), `nog ${labels.length - 3}`] : labels;
    const subject = `Contracten en omzetplafonds ${year} (${LIST.format(shown)})`;
    const moment = Date.parse(oldest.lastConfirmedAt!);
    return [
      {
        ...oldest,
        key: `${service.serviceId}:contract:${state}`,
        subject,
        text: ageSentence(subject, state, moment, oldest.ageDays!, 'contract').replace(
          ': laatst bevestigd op',
          ': het oudste laatst bevestigd op',
        ),
      },
    ];
  });
}

/** Worst first: onbekend, verouderd, binnenkort; then the oldest (never given first); then by service and fact. */
export function compareFacts(a: FactToConfirm, b: FactToConfirm): number {
  return (
    STATE_RANK[a.state] - STATE_RANK[b.state] ||
    (b.ageDays ?? Number.POSITIVE_INFINITY) - (a.ageDays ?? Number.POSITIVE_INFINITY) ||
    a.serviceName.localeCompare(b.serviceName, 'nl') ||
    a.serviceId.localeCompare(b.serviceId) ||
    FACT_RANK[a.fact] - FACT_RANK[b.fact] ||
    a.subject.localeCompare(b.subject, 'nl')
  );
}

/**
 * The facts of one organisation its staff should confirm, worst first. A service whose kind has
 * waiting lists (careKindInfo().waitsApply) and that never gave a wait, or whose kind needs insurer
 * contracts and that names none for the current year (in the Netherlands), lists that as onbekend;
 * several contracts of a service in the same state are one fact, counted from the oldest.
 * A missing pause fact is not listed: no recorded pause means the service takes registrations.
 */
export function factsToConfirm(organization: OrganizationFactsInput, now: Date): FactToConfirm[] {
  const year = Number(dateInNetherlands(now).slice(0, 4));
  const items = organization.services.flatMap((service) => {
    const kind = careKindInfo(service.kind);
    return [
      ...(kind.waitsApply ? waitItems(service, now) : []),
      ...pauseItems(service, now),
      ...(kind.requiresInsurerContract ? contractItems(service, year, now) : []),
    ];
  });
  return items.sort(compareFacts);
}

export function countFacts(items: readonly FactToConfirm[]): CurrencyCounts {
  const counts: CurrencyCounts = { onbekend: 0, verouderd: 0, binnenkortVerouderd: 0 };
  for (const item of items) {
    if (item.state === 'onbekend') counts.onbekend++;
    else if (item.state === 'verouderd') counts.verouderd++;
    else counts.binnenkortVerouderd++;
  }
  return counts;
}

// ---- reminders (herinneringen) ----

/** The outbox kind of a currency reminder. */
export const REMINDER_KIND = 'herinnering-actualiteit';
/** At most this many facts are written out in a reminder; the rest are counted. */
export const REMINDER_MAX_LINES = 40;

/** An organisation is reminded when any of its facts is verouderd or onbekend (not only "binnenkort"). */
export function reminderDue(items: readonly FactToConfirm[]): boolean {
  return items.some((item) => item.state !== 'binnenkort-verouderd');
}

/** The ISO week (in the Netherlands) a reminder written at `now` belongs to: "2026-W48". */
export function reminderWeek(now: Date): string {
  return isoWeekOf(dateInNetherlands(now));
}

/** The outbox dedupe key: at most one reminder per organisation per ISO week. */
export function reminderKey(organizationId: string, now: Date): string {
  return `herinnering:${organizationId}:${reminderWeek(now)}`;
}

export interface ReminderText {
  subject: string;
  body: string;
}

const STATE_HEADINGS: Record<CurrencyState, string> = {
  onbekend: 'Onbekend (ouder dan 90 dagen of nooit opgegeven)',
  verouderd: 'Verouderd (ouder dan 30 dagen)',
  'binnenkort-verouderd': 'Binnenkort verouderd (binnen 7 dagen)',
};

/**
 * The reminder e-mail (Dutch, plain text): the facts grouped by state and by service, each service
 * with the address of its page in the provider portal, and the portal's address to confirm all.
 * `publicUrl` is the address where users reach Wegwijzer, without a trailing slash.
 */
export function reminderText(
  organizationName: string,
  items: readonly FactToConfirm[],
  publicUrl: string,
  now: Date,
): ReminderText {
  const base = publicUrl.replace(/\/+$/, '');
  const counts = countFacts(items);
  const urgent = counts.onbekend + counts.verouderd;
  const week = reminderWeek(now).replace(/^\d{4}-W0?/, '');
  const subject = `Wegwijzer: ${urgent === 1 ? '1 gegeven' : `${urgent} gegevens`} van ${organizationName} bevestigen (week ${week})`;

  const lines: string[] = [
    `Beste collega's van ${organizationName},`,
    '',
    'Huisartsen en POH-GGZ zoeken in Wegwijzer een passende plek voor hun patiënten. Zij zien hoe actueel uw gegevens zijn: na 30 dagen krijgen zij een waarschuwing en staat een dienst lager in de zoekresultaten, na 90 dagen geldt een gegeven als onbekend.',
    '',
    `Deze gegevens van ${organizationName} vragen om een bevestiging:`,
  ];
  let written = 0;
  for (const state of CURRENCY_STATES) {
    const ofState = items.filter((item) => item.state === state);
    if (ofState.length === 0) continue;
    lines.push('', `${STATE_HEADINGS[state]}: ${ofState.length}`);
    const byService = new Map<string, FactToConfirm[]>();
    for (const item of ofState)
      byService.set(item.serviceId, [...(byService.get(item.serviceId) ?? []), item]);
    for (const [serviceId, facts] of byService) {
      if (written >= REMINDER_MAX_LINES) break;
      lines.push('', `${facts[0]!.serviceName} (${base}/portaal/diensten/${serviceId})`);
      for (const fact of facts) {
        if (written >= REMINDER_MAX_LINES) break;
        lines.push(`- ${fact.text}`);
        written++;
      }
    }
  }
  if (items.length > written) {
    const rest = items.length - written;
    lines.push(
      '',
      `En nog ${rest === 1 ? '1 gegeven' : `${rest} gegevens`}; het portaal toont de volledige lijst.`,
    );
  }
  lines.push(
    '',
    `Is er niets veranderd? Dan bevestigt u in het portaal alle gegevens van een dienst in één keer: ${base}/portaal`,
    '',
    'U ontvangt deze herinnering hooguit één keer per week, zolang er gegevens verouderd of onbekend zijn.',
    '',
    'Met vriendelijke groet,',
    'Wegwijzer',
  );
  return { subject, body: lines.join('\n') };
}
