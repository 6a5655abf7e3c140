/**
 * The shape of a route advice: the advised route first, then sensible alternatives, each with the
 * reasons in words a GP recognises (and the ids of the rules that gave them), what to register in
 * the HIS, what happens next, and which care kinds to search for when the GP goes on to matching.
 * Routes that do not exist for the patient on that date are listed with why not and what
 * replaces them.
 */
import type { CareKind, Theme } from '../catalog/vocabulary';
import type { Registration, RouteId } from './route-catalog';

/** The steps of the NHG stepped-care model (seed 002). */
export const STEPPED_CARE_STEPS = ['0', '1a', '1b', '2a', '2b', '3', '4a', '4b', '5'] as const;
export type SteppedCareStep = (typeof STEPPED_CARE_STEPS)[number];

/** Limits of an offer in this municipality, e.g. "enkele tot maximaal 7 contacten, zonder tijdslimiet". */
export interface RouteLimits {
  maxContacts?: number;
  /** Maximum duration in months; null means no time limit. */
  maxMonths?: number | null;
  /** The route this offer is merged with here (Veenendaal: WoR and WoR+ are one offer). */
  mergedWith?: RouteId;
  /** The same limits in Dutch. */
  text: string;
}

export interface RouteAdvice {
  route: RouteId;
  label: string;
  /** Why this route, in Dutch: each reason is the rule that fired, as a GP would say it. */
  reasons: string[];
  /** The ids of the rules behind `reasons`, in the same order (one id per reason). */
  ruleIds: string[];
  registration?: Registration;
  /** What happens next, in Dutch, e.g. "Volgende overlegtafel: donderdag 3 december 2026". */
  next: string[];
  limits?: RouteLimits;
  /** Care kinds to search for when the GP opens the matching providers for this route. */
  careKinds: CareKind[];
  /** The regional rule that made this route available here, if any. */
  regionalRuleId?: string;
  /** Set when this route stands in for one that is unavailable here. */
  replaces?: RouteId;
}

export interface UnavailableRoute {
  route: RouteId;
  /** Why not, in Dutch, e.g. "WoR+ is in Heelsum niet beschikbaar (seed 001)." */
  why: string;
  /** What replaces it, or null when nothing does. */
  replacement: RouteId | null;
  /** The replacement in Dutch, e.g. "WoR, met opschalen via het sociaal team van de gemeente". */
  instead: string;
  /** The regional rule that says the route is unavailable (absent when no rule mentions it). */
  regionalRuleId?: string;
}

export interface SteppedCareAdvice {
  step: SteppedCareStep;
  /** The step's name, e.g. "Stap 1b: advisering". */
  title: string;
  /** Concrete suggestions for this step, and what comes next if it does not help. */
  suggestions: string[];
}

export interface Advice {
  advised: RouteAdvice;
  alternatives: RouteAdvice[];
  unavailable: UnavailableRoute[];
  /** True when there are crisis signs: the advice is the crisis service and nothing that waits. */
  crisis: boolean;
  /** Stepped care in the practice, when the practice, BGGZ or SGGZ is part of the advice. */
  steppedCare?: SteppedCareAdvice;
  /** Themes for matching, taken from the social problems (the need is prefilled with them). */
  themes: Theme[];
  /** Warnings about the advice as a whole, e.g. that the chart is made for adults. */
  notes: string[];
  /** The date the advice was made for (rules, sessions and answer dates use it). */
  date: string;
}
