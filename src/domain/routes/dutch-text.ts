/**
 * Small Dutch phrasing helpers for the route advice: lists ("a, b en c") and the labels of the
 * help-question options inside a sentence.
 */
import { RISK_KINDS, SOCIAL_PROBLEMS, type RiskKind, type SocialProblem } from './help-question';

/** "a", "a en b", "a, b en c". */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export function riskKindsText(kinds: readonly RiskKind[]): string {
  return joinDutch(RISK_KINDS.filter((k) => kinds.includes(k.id)).map((k) => k.label));
}

export function socialProblemsText(problems: readonly SocialProblem[]): string {
  return joinDutch(SOCIAL_PROBLEMS.filter((p) => problems.includes(p.id)).map((p) => p.inSentence));
}
