/**
 * The route-advice API for the web app: the keuzehulp's advice, the route catalog for the
 * comparison, and the regional rules a coordinator views and changes. The types come from the
 * HTTP schemas (src/http/schemas/advice.ts), so the client and the server share one contract;
 * errors are the app's ApiError (api.ts).
 */
import type { Static } from 'typebox';
import type {
  AdviceBody,
  HelpQuestionBody,
  NewRuleBody,
  RegionsBody,
  RouteCatalogBody,
  RuleEditBody,
  RuleVersionBody,
} from '../http/schemas/advice';
import type { SessionBody } from '../http/schemas/auth';
import { api, callApi } from './api';

export type HelpQuestion = Static<typeof HelpQuestionBody>;
export type Advice = Static<typeof AdviceBody>;
export type RouteAdvice = Advice['advised'];
export type RouteCatalog = Static<typeof RouteCatalogBody>;
export type RegionView = Static<typeof RegionsBody>[number];
export type RuleVersion = Static<typeof RuleVersionBody>;
export type RuleEdit = Static<typeof RuleEditBody>;
export type NewRule = Static<typeof NewRuleBody>;
export type Session = Static<typeof SessionBody>;

const call = callApi;

export const fetchAdvice = (question: HelpQuestion) => call<Advice>('POST', '/api/advice', question);
export const fetchRouteCatalog = () => call<RouteCatalog>('GET', '/api/routes');
export const fetchRegions = () => call<RegionView[]>('GET', '/api/regions');
export const fetchRegionRules = (regionId: string) =>
  call<RuleVersion[]>('GET', `/api/regions/${encodeURIComponent(regionId)}/rules`);
export const fetchRegionHistory = (regionId: string) =>
  call<RuleVersion[]>('GET', `/api/regions/${encodeURIComponent(regionId)}/rules/history`);
export const fetchRuleHistory = (ruleId: string) =>
  call<RuleVersion[]>('GET', `/api/rules/${encodeURIComponent(ruleId)}/history`);
export const changeRule = (ruleId: string, edit: RuleEdit) =>
  call<RuleVersion>('PUT', `/api/rules/${encodeURIComponent(ruleId)}`, edit);
export const addRule = (regionId: string, rule: NewRule) =>
  call<RuleVersion>('POST', `/api/regions/${encodeURIComponent(regionId)}/rules`, rule);
export const retireRule = (
  ruleId: string,
  change: { reason: string; basedOnVersionId?: string },
) => call<RuleVersion>('DELETE', `/api/rules/${encodeURIComponent(ruleId)}`, change);
/** All municipalities (reference data), for the patient's municipality outside the demo regions. */
export const fetchMunicipalities = () => api.municipalities();

/** The caller's session (signed in or not, with the active role), to know who may change rules. */
export const fetchSession = () => call<Session>('GET', '/api/auth/session');
