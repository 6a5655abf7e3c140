/**
 * The reasons shown with a matched service, in Dutch: why it fits the problem, whether the
 * patient's insurer has contracted it, its wait against the Treeknorm, how far away it is, how
 * it suits the severity, and whether its data are getting old. Tones: positief (a point in
 * favour), neutraal (information), let-op (something to check before referring).
 */
import { labelOf, THEMES, type CareKind, type Severity } from '../catalog/vocabulary';
import { freshness, STALENESS } from '../waiting/staleness';
import { TREEKNORM } from '../waiting/treeknorm';
import type { CompleteAssessment, ResolvedNeed } from './assessment';
import { insurerName } from './filters';
import { days, formatNumber, languageName } from './format';
import type { MatchIndex } from './index';
import type { ScoreParts } from './score';
import { SEVERITY_FIT } from './score';
import type { Reason } from './types';

/** Kinds whose waits the Treeknorm is about (mental health treatment); other waits are shown plainly. */
const TREEKNORM_KINDS: readonly CareKind[] = ['bggz', 'sggz'];
/** Up to this distance a location counts as close by. */
const CLOSE_BY_KM = 10;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const SEVERITY_ADJECTIVE: Record<Severity, string> = { licht: 'lichte', matig: 'matige', ernstig: 'ernstige' };

function groupName(index: MatchIndex, code: string): string {
  const name = index.diagnosisGroupName(code);
  return name ? lowerFirst(name) : `diagnosegroep ${code}`;
}

function fitReasons(parts: ScoreParts, need: ResolvedNeed, index: MatchIndex): Reason[] {
  const reasons: Reason[] = [];
  const { fit } = parts;
  for (const code of fit.groups) {
    reasons.push({ code: 'diagnose', tone: 'positief', text: `Behandelt ${groupName(index, code)}` });
  }
  if (fit.diagnosis === 'niet' && need.diagnosisGroups[0]) {
    reasons.push({ code: 'diagnose-anders', tone: 'let-op', text: `Behandelt niet specifiek ${groupName(index, need.diagnosisGroups[0])}` });
  }
  for (const theme of fit.themes) {
    reasons.push({ code: 'thema', tone: 'positief', text: `Helpt bij ${lowerFirst(labelOf(THEMES, theme))}` });
  }
  if (fit.textWords.length > 0) {
    reasons.push({ code: 'tekst', tone: 'positief', text: `Beschrijving past bij: ${fit.textWords.join(', ')}` });
  }
  return reasons;
}

function contractReasons(a: CompleteAssessment): Reason[] {
  const c = a.contract;
  if (c.status === 'verzekeraar-onbekend') {
    return [{ code: 'contract-onbekend', tone: 'let-op', text: 'Zorgverzekeraar onbekend: contract en omzetplafond niet gecontroleerd' }];
  }
  if (c.status !== 'gecontracteerd') return [];
  const nearly = c.ceiling === 'bijna';
  return [
    {
      code: nearly ? 'plafond-bijna' : 'contract',
      tone: nearly ? 'let-op' : 'positief',
      text: `Gecontracteerd door ${insurerName(c.insurer)} in ${c.year}, plafond ${nearly ? 'bijna bereikt' : 'open'}`,
    },
  ];
}

function waitReasons(a: CompleteAssessment): Reason[] {
  const w = a.wait;
  const kind = a.entry.service.kind;
  if (w.status === 'geen-wachtlijst') {
    return [{ code: 'geen-wachtlijst', tone: 'positief', text: kind === 'crisis' ? 'Crisisdienst: geen wachtlijst' : 'Geen wachtlijst' }];
  }
  if (w.status === 'onbekend') {
    const text =
      w.ageDays === null
        ? 'Wachttijd onbekend'
        : `Wachttijd onbekend: laatste opgave is ${days(w.ageDays)} oud (ouder dan ${STALENESS.unknownAfterDays} dagen)`;
    return [{ code: 'wachttijd-onbekend', tone: 'let-op', text }];
  }
  const { registration, treatment, normStatus } = w.summary;
  const base = `Wachttijd ${formatNumber(registration)} + ${formatNumber(treatment)} weken`;
  const scope = w.scope === 'andere' ? ' (opgave voor een andere diagnosegroep)' : '';
  if (!TREEKNORM_KINDS.includes(kind)) {
    return [{ code: 'wachttijd', tone: 'neutraal', text: `${base}${scope}` }];
  }
  const norm = `de Treeknorm (${TREEKNORM.registrationWeeks} + ${TREEKNORM.treatmentWeeks})`;
  const verdict = { binnen: `binnen ${norm}`, boven: `boven ${norm}`, 'ver-boven': `ver boven ${norm}` }[normStatus];
  return [{ code: 'wachttijd', tone: normStatus === 'binnen' ? 'positief' : 'let-op', text: `${base}: ${verdict}${scope}` }];
}

function placeReasons(a: CompleteAssessment, need: ResolvedNeed): Reason[] {
  const reasons: Reason[] = [];
  const prefersOnline = need.need.preferences?.online === true;
  if (a.nearBy === 'aan-huis') reasons.push({ code: 'aan-huis', tone: 'positief', text: 'Komt aan huis' });
  if (a.distanceKm !== null) {
    const tone = a.distanceKm <= CLOSE_BY_KM ? 'positief' : 'neutraal';
    reasons.push({ code: 'afstand', tone, text: `Op ${formatNumber(a.distanceKm)} km` });
  }
  if (a.entry.online) {
    reasons.push({
      code: 'online',
      tone: prefersOnline ? 'positief' : 'neutraal',
      text: a.distanceKm === null ? 'Alleen online' : 'Ook online',
    });
  }
  const language = need.need.preferences?.language;
  if (language && language !== 'nl') {
    reasons.push({ code: 'taal', tone: 'positief', text: `Hulp in het ${languageName(language)} mogelijk` });
  }
  return reasons;
}

function severityReasons(a: CompleteAssessment, need: ResolvedNeed): Reason[] {
  const severity = need.need.severity;
  if (!severity) return [];
  const fit = SEVERITY_FIT[severity][a.entry.service.kind] ?? 0.5;
  const adjective = SEVERITY_ADJECTIVE[severity];
  if (fit >= 1) return [{ code: 'ernst', tone: 'positief', text: `Past bij ${adjective} klachten` }];
  if (fit <= 0.3) return [{ code: 'ernst', tone: 'let-op', text: `Past minder bij ${adjective} klachten` }];
  return [];
}

function ageReasons(a: CompleteAssessment): Reason[] {
  if (freshness(a.dataAgeDays) === 'actueel') return [];
  return [{ code: 'gegevens-oud', tone: 'let-op', text: `Gegevens ${days(a.dataAgeDays)} oud` }];
}

/** All reasons for one matched service, in a fixed order. */
export function reasonsFor(a: CompleteAssessment, parts: ScoreParts, need: ResolvedNeed, index: MatchIndex): Reason[] {
  return [
    ...fitReasons(parts, need, index),
    ...contractReasons(a),
    ...waitReasons(a),
    ...placeReasons(a, need),
    ...severityReasons(a, need),
    ...ageReasons(a),
  ];
}
