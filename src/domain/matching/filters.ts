/**
 * The hard filters: every reason a considered service cannot take this patient ("waarom niet"),
 * all of them, not only the first, each with a Dutch explanation. A service with no reasons is a
 * match. A crisis service is never left out for waiting reasons (registration stop, wait too
 * long): a crisis service has no waiting list.
 */
import type { Insurer } from '../catalog/types';
import { EXCLUSION_CODES, labelOf } from '../catalog/vocabulary';
import { waitOf, type Assessment, type ResolvedNeed } from './assessment';
import { formatDate, formatNumber, languageName, weeks } from './format';
import type { ExclusionReason } from './types';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Zilveren Kruis (Achmea)", or just "VGZ" when the label is its own concern. */
export function insurerName(insurer: Insurer): string {
  return insurer.concern && insurer.concern !== insurer.label ? `${insurer.label} (${insurer.concern})` : insurer.label;
}

function ageRange(ageMin: number, ageMax: number | null): string {
  if (ageMax === null) return `${ageMin} jaar en ouder`;
  if (ageMin === 0) return `tot en met ${ageMax} jaar`;
  return `${ageMin} tot en met ${ageMax} jaar`;
}

/** Languages a service offers; none recorded means Dutch only. */
export function offeredLanguages(languages: readonly string[]): readonly string[] {
  return languages.length > 0 ? languages : ['nl'];
}

/** All reasons this service is left out for this need; empty when it is a match. */
export function exclusionsFor(a: Assessment, need: ResolvedNeed): ExclusionReason[] {
  // Reads the copies on the index entry first; the service itself only when a reason applies.
  const entry = a.entry;
  const preferences = need.need.preferences ?? {};
  const crisis = entry.crisis;
  const reasons: ExclusionReason[] = [];

  if (need.excludedOrganizations.size > 0 && need.excludedOrganizations.has(entry.service.organizationId)) {
    reasons.push({ code: 'eerder-afgewezen', text: 'Heeft een eerdere verwijzing voor deze patiënt afgewezen' });
  }

  if (entry.hasExclusions && need.characteristics.size > 0) {
    for (const code of entry.service.exclusions) {
      if (need.characteristics.has(code)) {
        reasons.push({ code: 'exclusiecriterium', text: `Exclusiecriterium: ${lowerFirst(labelOf(EXCLUSION_CODES, code))}` });
      }
    }
  }

  const place = need.municipalityName;
  if (a.coverage.status === 'nee') {
    reasons.push({ code: 'buiten-werkgebied', text: `Werkgebied omvat ${place} niet` });
  } else if (a.coverage.status === 'nog-niet') {
    reasons.push({ code: 'buiten-werkgebied', text: `Werkgebied omvat ${place} pas vanaf ${formatDate(a.coverage.from)}` });
  } else if (a.coverage.status === 'niet-meer') {
    reasons.push({ code: 'buiten-werkgebied', text: `Werkgebied omvatte ${place} tot en met ${formatDate(a.coverage.until)}` });
  }

  const age = need.need.age;
  if (age < entry.ageMin || age > entry.ageMax) {
    const { ageMin, ageMax } = entry.service;
    reasons.push({ code: 'leeftijd', text: `Leeftijd ${age}: aanbod is voor ${ageRange(ageMin, ageMax)}` });
  }

  if (a.contract.status === 'geen-contract') {
    reasons.push({ code: 'geen-contract', text: `Geen contract met ${insurerName(a.contract.insurer)} voor ${a.contract.year}` });
  } else if (a.contract.status === 'plafond-bereikt') {
    reasons.push({
      code: 'plafond-bereikt',
      text: `Omzetplafond voor ${insurerName(a.contract.insurer)} in ${a.contract.year} bereikt`,
    });
  }

  const pause = entry.pauseActive && !crisis ? entry.service.pause : null;
  if (pause) {
    const why = pause.reason ? `: ${lowerFirst(pause.reason)}` : '';
    const until = pause.expectedEnd ? `verwacht tot ${formatDate(pause.expectedEnd)}` : 'einddatum onbekend';
    reasons.push({ code: 'aanmeldstop', text: `Aanmeldstop${why} (${until})` });
  }

  const maxKm = preferences.maxDistanceKm;
  if (maxKm != null && a.distanceKm !== null && a.distanceKm > maxKm && a.nearBy === null) {
    reasons.push({
      code: 'te-ver',
      text: `Op ${formatNumber(a.distanceKm)} km, verder dan de gewenste ${formatNumber(maxKm)} km`,
    });
  }

  const language = preferences.language;
  if (language && !offeredLanguages(entry.service.languages).includes(language)) {
    reasons.push({ code: 'taal', text: `Biedt geen hulp in het ${languageName(language)}` });
  }

  const maxWait = preferences.maxWaitWeeks;
  if (maxWait != null && !crisis) {
    const wait = waitOf(a, need);
    if (wait.status === 'bekend' && wait.summary.total > maxWait) {
      reasons.push({
        code: 'wachttijd',
        text: `Wachttijd ${weeks(wait.summary.total)}, langer dan de gewenste ${weeks(maxWait)}`,
      });
    }
  }

  return reasons;
}
