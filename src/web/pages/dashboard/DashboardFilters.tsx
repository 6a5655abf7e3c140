/**
 * The dashboard's filters (regio, gemeente, diagnosegroep), kept in the address so that a view can
 * be bookmarked or shared: /dashboard?regio=ede-wageningen&gemeente=GM0289&diagnosegroep=04.
 * Choosing a region limits the municipalities to that region's.
 */
import { useSearchParams } from 'react-router';
import type { FigureFilters, Region } from '../../api-statistics';
import { Field } from '../../components/fields';
import type { ReferenceData } from '../../reference';

const PARAM = { region: 'regio', municipality: 'gemeente', diagnosisGroup: 'diagnosegroep' } as const;

/** The filters from the address, as the API names them. */
export function useFigureFilters(): [FigureFilters, (next: FigureFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: FigureFilters = {};
  for (const [key, name] of Object.entries(PARAM) as [keyof FigureFilters, string][]) {
    const value = params.get(name);
    if (value) filters[key] = value;
  }
  const update = (next: FigureFilters) => {
    const out = new URLSearchParams(params);
    for (const [key, name] of Object.entries(PARAM) as [keyof FigureFilters, string][]) {
      const value = next[key];
      if (value) out.set(name, value);
      else out.delete(name);
    }
    setParams(out);
  };
  return [filters, update];
}

/** The filters with one value set, or left out when empty. */
function withValue(filters: FigureFilters, key: keyof FigureFilters, value: string | undefined): FigureFilters {
  const next = { ...filters };
  if (value) next[key] = value;
  else delete next[key];
  return next;
}

export function DashboardFilters({
  filters,
  onChange,
  regions,
  reference,
}: {
  filters: FigureFilters;
  onChange: (next: FigureFilters) => void;
  regions: readonly Region[];
  reference: ReferenceData | null;
}) {
  const region = regions.find((r) => r.id === filters.region);
  const codes = new Set(region ? region.municipalityCodes : regions.flatMap((r) => r.municipalityCodes));
  const municipalities = (reference?.municipalities ?? [])
    .filter((m) => codes.has(m.code) || m.code === filters.municipality)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <form className="dashboard-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <Field id="filter-regio" label="Regio">
        {(aria) => (
          <select
            {...aria}
            value={filters.region ?? ''}
            onChange={(e) => {
              const next = regions.find((r) => r.id === e.target.value);
              const keep = filters.municipality && next?.municipalityCodes.includes(filters.municipality);
              onChange(withValue(withValue(filters, 'region', e.target.value), 'municipality', keep ? filters.municipality : undefined));
            }}
          >
            <option value="">Alle regio’s</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="filter-gemeente" label="Gemeente">
        {(aria) => (
          <select
            {...aria}
            value={filters.municipality ?? ''}
            onChange={(e) => onChange(withValue(filters, 'municipality', e.target.value))}
          >
            <option value="">{region ? `Alle gemeenten in de regio` : 'Alle gemeenten'}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="filter-diagnosegroep" label="Diagnosegroep">
        {(aria) => (
          <select
            {...aria}
            value={filters.diagnosisGroup ?? ''}
            onChange={(e) => onChange(withValue(filters, 'diagnosisGroup', e.target.value))}
          >
            <option value="">Alle diagnosegroepen</option>
            {(reference?.diagnosisGroups ?? []).map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {(filters.region || filters.municipality || filters.diagnosisGroup) && (
        <button type="button" className="button button--link" onClick={() => onChange({})}>
          Filters wissen
        </button>
      )}
    </form>
  );
}
