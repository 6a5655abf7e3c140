/**
 * Regional rules in Dutch for the coordinator's page: where a rule holds, for which period, its
 * details in one line, and what a version changed compared with the one before.
 */
import type { RegionView, RuleVersion } from '../../api-advice';
import { formatDate } from '../../format';

type Details = RuleVersion['details'];

/** "Hele regio", "Renkum", or "Heelsum (Renkum)". */
export function scopeText(
  rule: Pick<RuleVersion, 'scopeKind' | 'scopeCode'>,
  region: RegionView | undefined,
): string {
  if (rule.scopeKind === 'regio') return 'Hele regio';
  const [code = '', place] = rule.scopeCode.split(':');
  const municipality = region?.municipalities.find((m) => m.code === code)?.name ?? code;
  return rule.scopeKind === 'woonplaats' ? `${place ?? ''} (${municipality})` : municipality;
}

const date = formatDate;

/** "altijd", "vanaf 1 mei 2026", "tot en met 30 april 2026", or both ends. */
export function validityText(rule: Pick<RuleVersion, 'validFrom' | 'validTo'>): string {
  if (rule.validFrom && rule.validTo) return `${date(rule.validFrom)} tot en met ${date(rule.validTo)}`;
  if (rule.validFrom) return `vanaf ${date(rule.validFrom)}`;
  if (rule.validTo) return `tot en met ${date(rule.validTo)}`;
  return 'altijd';
}

/** The route's details in one line, e.g. "max. 10 contacten · binnen 3 maanden · via VIPLive WoR". */
export function detailsText(details: Details, routeLabel: (id: string) => string): string {
  const parts: string[] = [];
  if (details.maxContacts !== undefined) parts.push(`max. ${details.maxContacts} contacten`);
  if (details.maxMonths === null) parts.push('zonder tijdslimiet');
  else if (details.maxMonths !== undefined) parts.push(`binnen ${details.maxMonths} maanden`);
  if (details.mergedWith) parts.push(`één aanbod met ${routeLabel(details.mergedWith)}`);
  if (details.intervalWeeks !== undefined) parts.push(`elke ${details.intervalWeeks} weken`);
  if (details.firstSession) parts.push(`geteld vanaf ${date(details.firstSession)}`);
  if (details.startTime) parts.push(`om ${details.startTime} uur`);
  if (details.answerWorkingDays !== undefined)
    parts.push(`antwoord binnen ${details.answerWorkingDays} werkdagen`);
  if (details.channel) parts.push(`via ${details.channel}`);
  if (details.replacedBy) parts.push(`vervangen door ${routeLabel(details.replacedBy)}`);
  if (details.ehealth?.length) parts.push(`e-health: ${details.ehealth.join(', ')}`);
  return parts.join(' · ') || '—';
}

/** What `version` changed compared with `previous` (the rule's version before it), in Dutch. */
export function changeLines(
  version: RuleVersion,
  previous: RuleVersion | undefined,
  routeLabel: (id: string) => string,
): string[] {
  if (version.retired) return ['Afspraak beëindigd'];
  if (!previous)
    return [
      `Nieuwe afspraak: ${version.available ? 'beschikbaar' : 'niet beschikbaar'}, ${validityText(version)}`,
    ];
  const lines: string[] = [];
  const from = (label: string, before: string, after: string) => {
    if (before !== after) lines.push(`${label}: ${before} → ${after}`);
  };
  if (previous.retired) lines.push('Afspraak opnieuw ingesteld');
  from('Beschikbaar', previous.available ? 'ja' : 'nee', version.available ? 'ja' : 'nee');
  from('Geldig', validityText(previous), validityText(version));
  from('Geldt voor', previous.scopeCode, version.scopeCode);
  from('Gegevens', detailsText(previous.details, routeLabel), detailsText(version.details, routeLabel));
  from('Toelichting', previous.note ?? '—', version.note ?? '—');
  from('Bron', previous.source, version.source);
  return lines.length > 0 ? lines : ['Geen inhoudelijke wijziging'];
}

const recorded = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** When a version was stored, as a Dutch date and time. */
export function recordedText(version: Pick<RuleVersion, 'recordedAt'>): string {
  return recorded.format(new Date(version.recordedAt));
}
