/**
 * The reference lists (municipalities, insurers, diagnosis groups) fetched once per page load and
 * shared by every screen that needs them, plus a hook that runs one API call for a component.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type DiagnosisGroup, type Insurer, type Municipality } from './api';

export interface ReferenceData {
  municipalities: Municipality[];
  insurers: Insurer[];
  diagnosisGroups: DiagnosisGroup[];
}

let cached: Promise<ReferenceData> | null = null;

function loadReference(): Promise<ReferenceData> {
  cached ??= Promise.all([api.municipalities(), api.insurers(), api.diagnosisGroups()]).then(
    ([municipalities, insurers, diagnosisGroups]) => ({ municipalities, insurers, diagnosisGroups }),
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

export type Loadable<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: ApiError };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError(0, 'onbekend', 'Er ging iets mis. Probeer het opnieuw.');
}

/** Runs `load` when `key` changes and keeps the latest answer; a stale answer is dropped. */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loadable<T> | null {
  const [state, setState] = useState<{ key: string | null; value: Loadable<T> | null }>({
    key: null,
    value: null,
  });
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    setState({ key, value: { status: 'loading' } });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ key, value: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ key, value: { status: 'error', error: asApiError(error) } });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure on every render; `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (key === null) return null;
  return state.key === key ? state.value : { status: 'loading' };
}

/** The reference lists; loaded once and shared. */
export function useReference(): Loadable<ReferenceData> {
  return useApi('reference', () => loadReference()) ?? { status: 'loading' };
}

/** Municipality names by CBS code. */
export function municipalityName(reference: ReferenceData | null, code: string): string {
  return reference?.municipalities.find((m) => m.code === code)?.name ?? code;
}
