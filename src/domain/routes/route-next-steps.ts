/**
 * What happens next on a route, in Dutch, given the regional rule that applies: the channel to
 * refer through, the limits of the offer, the date of the next overlegtafel session, and the date
 * by which a consultation is answered (in Dutch working days).
 */
import { addDays, daysBetween, formatDutchDate, type IsoDate } from '../calendar/iso-date';
import { nextWorkingDayOnOrAfter } from '../calendar/working-days';
import type { RouteLimits, SteppedCareStep } from './advice';
import type { RegionalRule } from './regional-rules';
import type { RouteId } from './route-catalog';
import { STEP_TITLES } from './stepped-care';
import { consultationDueDate } from '../consultation/due-date';

/** Weeks between overlegtafel sessions when the rule does not say (seed 001: once every 3 weeks). */
export const DEFAULT_OVERLEGTAFEL_INTERVAL_WEEKS = 3;

/**
 * The first overlegtafel session on or after `onOrAfter`, counting `intervalWeeks` from a known
 * session. A session that falls on a public holiday or in the weekend moves to the next working
 * day (an assumption: the seed does not say).
 */
export function nextOverlegtafel(firstSession: IsoDate, intervalWeeks: number, onOrAfter: IsoDate): IsoDate {
  const period = intervalWeeks * 7;
  const held = (n: number) => nextWorkingDayOnOrAfter(addDays(firstSession, n * period));
  if (onOrAfter <= firstSession) return held(0);
  const n = Math.floor(daysBetween(firstSession, onOrAfter) / period);
  const candidate = held(n);
  return candidate >= onOrAfter ? candidate : held(n + 1);
}

/** The limits of a welfare offer as the rule states them, with a Dutch sentence. */
export function limitsOf(rule: RegionalRule | undefined): RouteLimits | undefined {
  if (!rule) return undefined;
  const { maxContacts, maxMonths, mergedWith } = rule.details;
  if (maxContacts === undefined && maxMonths === undefined && mergedWith === undefined) return undefined;
  const parts: string[] = [];
  if (maxContacts !== undefined) parts.push(`Enkele tot maximaal ${maxContacts} contacten`);
  if (maxMonths === null) parts.push(parts.length ? 'zonder tijdslimiet' : 'Zonder tijdslimiet');
  else if (maxMonths !== undefined) parts.push(parts.length ? `in ${maxMonths} maanden` : `Binnen ${maxMonths} maanden`);
  const text = maxMonths === null ? parts.join(', ') : parts.join(' ');
  return {
    ...(maxContacts !== undefined ? { maxContacts } : {}),
    ...(maxMonths !== undefined ? { maxMonths } : {}),
    ...(mergedWith !== undefined ? { mergedWith } : {}),
    text: text || 'WoR en WoR+ zijn hier één aanbod',
  };
}

export interface NextStepContext {
  date: IsoDate;
  rule: RegionalRule | undefined;
  /** The stepped-care step, for the practice route. */
  step: SteppedCareStep;
  highRisk: boolean;
}

/** The "what happens next" lines of a route. */
export function nextSteps(route: RouteId, ctx: NextStepContext): string[] {
  const details = ctx.rule?.details ?? {};
  const channel = details.channel;
  const lines: string[] = [];
  switch (route) {
    case 'crisis':
      lines.push(
        'Neem nu contact op met de crisisdienst; die is 24 uur per dag, 7 dagen per week bereikbaar.',
        'Geen wachtlijst: de crisisdienst beoordeelt met spoed.',
        'Bij direct levensgevaar: bel 112.',
      );
      break;
    case 'huisartsenpraktijk':
      lines.push(
        `Begin met ${STEP_TITLES[ctx.step].toLocaleLowerCase('nl')} (zie stepped care).`,
        'Beoordeel het effect in een vervolgafspraak; zonder verbetering na 2 maanden volgt de basis-ggz.',
      );
      break;
    case 'wor':
    case 'wor-plus': {
      lines.push(
        channel
          ? `Verwijs de patiënt naar een welzijnscoach; u krijgt terugkoppeling via ${channel}.`
          : 'Verwijs de patiënt naar een welzijnscoach en spreek terugkoppeling af.',
      );
      const limits = limitsOf(ctx.rule);
      if (limits) lines.push(limits.text);
      if (route === 'wor') lines.push('De welzijnscoach helpt richting activiteiten of lichte ondersteuning in wijk of buurt.');
      else if (details.maxContacts === undefined) {
        lines.push('Begeleiding op meerdere leefgebieden, zolang als nodig is; de welzijnscoach kan opschalen naar zwaardere ondersteuning vanuit de gemeente.');
      }
      break;
    }
    case 'verkennend-gesprek':
      lines.push(
        channel ? `Meld de patiënt aan; u krijgt terugkoppeling via ${channel}.` : 'Meld de patiënt aan voor een verkennend gesprek.',
        'Een gesprek van 1 uur met drie wegwijzers: een GGZ-specialist, een ondersteuner welzijn of sociaal domein en een ervaringsdeskundige.',
        'De patiënt neemt een naaste mee. Er kan een verwijzing naar WoR of WoR+ uit volgen.',
      );
      break;
    case 'ggz-overlegtafel': {
      const interval = details.intervalWeeks ?? DEFAULT_OVERLEGTAFEL_INTERVAL_WEEKS;
      if (details.firstSession) {
        const session = nextOverlegtafel(details.firstSession, interval, ctx.date);
        lines.push(`Volgende overlegtafel: ${formatDutchDate(session)}${channel ? ` (${channel})` : ''}`);
      }
      lines.push(
        'Breng de casus vooraf geanonimiseerd in; de patiënt is er niet bij.',
        details.firstSession
          ? `De overlegtafel komt elke ${interval} weken bijeen.`
          : `De overlegtafel komt elke ${interval} weken bijeen; vraag de coördinator naar de volgende datum.`,
      );
      break;
    }
    case 'consultatie-ggz':
      if (details.answerWorkingDays !== undefined) {
        const due = consultationDueDate(ctx.date, details.answerWorkingDays);
        lines.push(`Antwoord binnen ${details.answerWorkingDays} werkdagen (uiterlijk ${formatDutchDate(due, { weekday: false })})`);
      }
      lines.push(
        channel ? `Maak de consultatie aan via ${channel}.` : 'Stel de consultatievraag schriftelijk.',
        'Vraag de patiënt vooraf toestemming voor de consultatie.',
        'U kunt ook een eenmalig consult met de patiënt aanvragen.',
      );
      break;
    case 'bggz':
    case 'sggz':
      lines.push(
        `Zoek passend aanbod met actuele wachttijden en verwijs via ${channel ?? 'uw gebruikelijke verwijskanaal'}.`,
        `Vermeld in de verwijsbrief de vermoedelijke stoornis, de hulpvraag en "${route === 'bggz' ? 'BGGZ' : 'SGGZ'}"; de brief is 9 maanden geldig.`,
        'Overbrug de wachttijd en spreek af wat de patiënt doet als het erger wordt.',
      );
      if (route === 'sggz' && ctx.highRisk) {
        lines.push('Maak een veiligheidsplan: bij acuut gevaar direct de crisisdienst (24 uur per dag bereikbaar).');
      }
      break;
  }
  if (ctx.rule?.note && ctx.rule.available) lines.push(ctx.rule.note);
  return lines;
}
