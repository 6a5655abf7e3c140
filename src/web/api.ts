/**
 * The typed HTTP client of the web app, and the shapes of the API's answers. The types are written
 * by hand to match the TypeBox schemas in src/http/schemas (catalog.ts, match.ts) and the
 * reference routes; they live here only, so every page imports them from this file.
 */
import type {
  CareKind,
  CeilingState,
  ExclusionCode,
  Modality,
  OrganizationKind,
  ReferralChannel,
  Severity,
  Theme,
  WaitBasis,
} from '../domain/catalog/vocabulary';
import type { ExclusionReasonCode, ReasonTone } from '../domain/matching/types';
import type { NormStatus } from '../domain/waiting/treeknorm';

export type { ExclusionReasonCode, ReasonTone };

/** yyyy-mm-dd */
export type IsoDate = string;
/** An ISO timestamp with time zone. */
export type IsoDateTime = string;

export interface Municipality {
  code: string;
  name: string;
  province: string;
}

export interface Insurer {
  id: string;
  label: string;
  concern: string;
}

export interface DiagnosisGroup {
  code: string;
  name: string;
}

export interface Treeknorm {
  registrationWeeks: number;
  treatmentWeeks: number;
  totalWeeks: number;
  source: string;
}

interface Provenance {
  confirmedAt: IsoDateTime;
  source: string;
}

export interface ContractFact extends Provenance {
  insurerId: string;
  year: number;
  contracted: boolean;
  ceiling: CeilingState;
}

export interface PauseFact extends Provenance {
  active: boolean;
  reason: string | null;
  expectedEnd: IsoDate | null;
}

export interface WaitFact extends Provenance {
  diagnosisGroup: string | null;
  /** Aanmeldwachttijd in weeks. */
  registrationWeeks: number;
  /** Behandelwachttijd in weeks. */
  treatmentWeeks: number;
  basis: WaitBasis;
  waitingCount: number | null;
  measuredOn: IsoDate;
}

export interface ServiceLocation {
  name: string;
  street: string | null;
  postcode: string | null;
  city: string;
  municipalityCode: string;
  point: { lat: number; lon: number };
}

export interface CoverageArea {
  municipalityCode: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface Service {
  id: string;
  organizationId: string;
  organizationName: string;
  locationId: string | null;
  name: string;
  description: string;
  kind: CareKind;
  diagnosisGroups: string[];
  themes: Theme[];
  ageMin: number;
  ageMax: number | null;
  exclusions: ExclusionCode[];
  exclusionNote: string | null;
  modalities: Modality[];
  languages: string[];
  referralChannel: ReferralChannel;
  gpReferralRequired: boolean;
  /** Generated demo data, never a real provider. */
  fictional: boolean;
  location: ServiceLocation | null;
  coverage: CoverageArea[];
  contracts: ContractFact[];
  pause: PauseFact | null;
  waits: WaitFact[];
}

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  kvk: string | null;
  agb: string | null;
  ura: string | null;
  website: string | null;
  phone: string | null;
  fictional: boolean;
}

type Recorded<T> = T & { recordedAt: IsoDateTime };

/** The forecast beside a current wait (src/domain/waiting/forecast.ts). */
export interface ServiceForecast {
  diagnosisGroup: string | null;
  reportedWeeks: number;
  forecastWeeks: number | null;
  differenceWeeks: number | null;
  disagrees: boolean;
  waitingCount: number | null;
  intakesPerMonth: number | null;
  startsPerMonth: number | null;
  measuredOn: IsoDate;
}

export interface ServiceDetail {
  service: Service;
  organization: Organization | null;
  history: {
    contracts: Recorded<ContractFact>[];
    pauses: Recorded<PauseFact>[];
    waits: Recorded<WaitFact>[];
  };
  forecasts?: ServiceForecast[];
}

export interface SearchAnswer {
  query: string;
  items: Service[];
}

/** The need (hulpvraag) as POST /api/match takes it. */
export interface NeedRequest {
  municipalityCode: string;
  age: number;
  insurerId?: string;
  diagnosisGroup?: string;
  themes?: Theme[];
  text?: string;
  severity?: Severity;
  careKinds?: CareKind[];
  characteristics?: ExclusionCode[];
  preferences?: {
    online?: boolean;
    language?: string;
    maxDistanceKm?: number;
    maxWaitWeeks?: number;
  };
  /** Organisations that rejected an earlier referral of this patient: left out ("eerder-afgewezen"). */
  excludeOrganizationIds?: string[];
}

export interface Reason {
  code: string;
  tone: ReasonTone;
  text: string;
}

export interface WaitSummary {
  registration: number;
  treatment: number;
  total: number;
  normStatus: NormStatus;
  basis: WaitBasis;
  measuredOn: IsoDate;
  ageDays: number;
}

export interface MatchResult {
  service: Service;
  rank: number;
  score: number;
  distanceKm: number | null;
  waitWeeks: WaitSummary | null;
  dataAgeDays: number;
  reasons: Reason[];
}

/** A left-out service as the match answer names it; the detail page has the full record. */
export interface ServiceSummary {
  id: string;
  name: string;
  organizationName: string;
  kind: CareKind;
  location: { city: string } | null;
  fictional: boolean;
}

export interface ExcludedService {
  service: ServiceSummary;
  reasons: { code: ExclusionReasonCode; text: string }[];
}

export interface InterpretedText {
  diagnosisGroups: string[];
  themes: string[];
  careKinds: string[];
  terms: { input: string; matched: string }[];
}

export interface MatchOutcome {
  results: MatchResult[];
  excluded: ExcludedService[];
  counts: {
    considered: number;
    matched: number;
    excluded: number;
    byReason: Partial<Record<ExclusionReasonCode, number>>;
  };
  interpretedText?: InterpretedText;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the API (`{ error: { code, message, details } }`), or a failed connection. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(
  value: unknown,
): value is { error: { code: string; message: string; details?: FieldProblem[] } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

/** The ApiError for a request that never reached the server. */
export const noConnection = () =>
  new ApiError(
    0,
    'geen-verbinding',
    'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  );

/** The ApiError for a failed answer: the server's Dutch message when the body is an error body. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  if (isErrorBody(body))
    return new ApiError(status, body.error.code, body.error.message, body.error.details ?? []);
  return new ApiError(
    status,
    `http-${status}`,
    'Er ging iets mis aan de kant van de server. Probeer het later opnieuw.',
  );
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw noConnection();
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, body);
  return body as T;
}

/** The session's CSRF token from its readable cookie (double submit), for changing requests. */
export function csrfToken(): string | undefined {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('wegwijzer_csrf='));
  return cookie ? decodeURIComponent(cookie.slice('wegwijzer_csrf='.length)) : undefined;
}

/**
 * Calls the API with a JSON body (if any) and, for changing requests, the CSRF token; answers
 * the parsed body (undefined for 204) or throws an ApiError with the server's Dutch message.
 */
export async function callApi<T>(
  method: string,
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = method === 'GET' ? undefined : csrfToken();
  if (token) headers['x-csrf-token'] = token;
  return request<T>(url, {
    method,
    headers,
    signal: signal ?? null,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const postJson = <T>(path: string, payload: unknown, signal?: AbortSignal) =>
  request<T>(path, {
    method: 'POST',
    body: JSON.stringify(payload),
    headers: { 'content-type': 'application/json' },
    signal: signal ?? null,
  });

export const api = {
  municipalities: () => request<Municipality[]>('/api/reference/municipalities'),
  insurers: () => request<Insurer[]>('/api/reference/insurers'),
  diagnosisGroups: () => request<DiagnosisGroup[]>('/api/reference/diagnosis-groups'),
  treeknorm: () => request<Treeknorm>('/api/reference/treeknorm'),
  match: (need: NeedRequest, signal?: AbortSignal) => postJson<MatchOutcome>('/api/match', need, signal),
  service: (id: string, signal?: AbortSignal) =>
    request<ServiceDetail>(`/api/services/${encodeURIComponent(id)}`, { signal: signal ?? null }),
  search: (q: string, signal?: AbortSignal) =>
    request<SearchAnswer>(`/api/search?${new URLSearchParams({ q, limit: '50' }).toString()}`, {
      signal: signal ?? null,
    }),
};
