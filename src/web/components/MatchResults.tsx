/**
 * The outcome of a match: how the free text was understood, filters on the result list (kind,
 * within the Treeknorm, online), the ranked result cards, and "Waarom niet?".
 */
import { useId } from 'react';
import { CARE_KINDS, THEMES, careKindInfo, labelOf, type CareKind } from '../../domain/catalog/vocabulary';
import type { MatchOutcome, MatchResult } from '../api';
import { countOf, formatList } from '../format';
import type { ReferenceData } from '../reference';
import { isOnline, ResultCard } from './ResultCard';
import { showWhyNot, WhyNot } from './WhyNot';

export interface ResultFilters {
  kind: CareKind | '';
  withinNorm: boolean;
  online: boolean;
}

const NO_FILTERS: ResultFilters = { kind: '', withinNorm: false, online: false };

/** Within the norm: a known wait within the Treeknorm, or a kind of care without a waiting list. */
function withinNorm(result: MatchResult): boolean {
  if (result.waitWeeks) return result.waitWeeks.normStatus === 'binnen';
  return !careKindInfo(result.service.kind).waitsApply;
}

export function applyFilters(results: MatchResult[], filters: ResultFilters): MatchResult[] {
  return results.filter(
    (r) =>
      (!filters.kind || r.service.kind === filters.kind) &&
      (!filters.withinNorm || withinNorm(r)) &&
      (!filters.online || isOnline(r.service)),
  );
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function InterpretedTextNote({
  interpreted,
  reference,
}: {
  interpreted: NonNullable<MatchOutcome['interpretedText']>;
  reference: ReferenceData;
}) {
  const parts = [
    ...interpreted.diagnosisGroups.map((code) => {
      const name = reference.diagnosisGroups.find((g) => g.code === code)?.name;
      return `${name ? lowerFirst(name) : code} (diagnosegroep ${code})`;
    }),
    ...interpreted.themes.map((id) => `${lowerFirst(labelOf(THEMES, id))} (thema)`),
    ...interpreted.careKinds.map((id) => `${labelOf(CARE_KINDS, id)} (zorgsoort)`),
  ];
  const corrected = interpreted.terms.filter((t) => t.input.toLowerCase() !== t.matched.toLowerCase());
  return (
    <div className="note">
      <p>
        <strong>We zochten op: </strong>
        {parts.length > 0
          ? parts.join(', ')
          : 'de woorden zelf; er is geen diagnosegroep, thema of zorgsoort in de tekst herkend'}
      </p>
      {corrected.length > 0 && (
        <p className="hint">
          Gelezen als: {formatList(corrected.map((t) => `‘${t.matched}’ (u typte ‘${t.input}’)`))}.
        </p>
      )}
    </div>
  );
}

interface Props {
  outcome: MatchOutcome;
  reference: ReferenceData;
  filters: ResultFilters;
  onFiltersChange: (filters: ResultFilters) => void;
}

export function MatchResults({ outcome, reference, filters, onFiltersChange }: Props) {
  const id = useId();
  const kindsPresent = CARE_KINDS.filter((k) => outcome.results.some((r) => r.service.kind === k.id));
  const shown = applyFilters(outcome.results, filters);
  const filtered = shown.length !== outcome.results.length;

  return (
    <>
      {outcome.interpretedText && (
        <InterpretedTextNote interpreted={outcome.interpretedText} reference={reference} />
      )}

      {outcome.results.length > 0 && (
        <fieldset className="filters">
          <legend>Filter de resultaten</legend>
          <div className="filters__row">
            <div className="field field--inline">
              <label htmlFor={`${id}-kind`}>Zorgsoort</label>
              <select
                id={`${id}-kind`}
                value={filters.kind}
                onChange={(e) => onFiltersChange({ ...filters, kind: e.target.value as CareKind | '' })}
              >
                <option value="">Alle zorgsoorten</option>
                {kindsPresent.map((k) => (
                  <option key={k.id} value={k.id}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${id}-norm`}
                checked={filters.withinNorm}
                onChange={(e) => onFiltersChange({ ...filters, withinNorm: e.target.checked })}
              />
              <label htmlFor={`${id}-norm`}>Alleen binnen de Treeknorm</label>
            </div>
            <div className="checkbox">
              <input
                type="checkbox"
                id={`${id}-online`}
                checked={filters.online}
                onChange={(e) => onFiltersChange({ ...filters, online: e.target.checked })}
              />
              <label htmlFor={`${id}-online`}>Alleen online</label>
            </div>
            {filtered && (
              <button
                type="button"
                className="button button--link"
                onClick={() => onFiltersChange(NO_FILTERS)}
              >
                Filters wissen
              </button>
            )}
          </div>
        </fieldset>
      )}

      {outcome.excluded.length > 0 && (
        <p className="jump">
          <button type="button" className="button button--link" onClick={showWhyNot}>
            Waarom niet? Bekijk waarom{' '}
            {countOf(outcome.counts.excluded, 'dienst afvalt', 'diensten afvallen')}
          </button>
        </p>
      )}

      {outcome.results.length < outcome.counts.matched && (
        <p className="hint">De {outcome.results.length} best passende diensten worden getoond.</p>
      )}

      {shown.length > 0 ? (
        <ol className="results" aria-label="Passende diensten">
          {shown.map((result) => (
            <li key={result.service.id}>
              <ResultCard result={result} />
            </li>
          ))}
        </ol>
      ) : (
        <div className="empty">
          <p>
            {outcome.results.length > 0
              ? 'Geen diensten met deze filters. Wis de filters om alle passende diensten te zien.'
              : 'Geen passende diensten gevonden. Kijk bij Waarom niet? welke diensten afvallen en waarom, of verruim de hulpvraag (bijvoorbeeld de reisafstand).'}
          </p>
        </div>
      )}

      {outcome.excluded.length > 0 && <WhyNot excluded={outcome.excluded} counts={outcome.counts} />}
    </>
  );
}

/** The sentence for the live region: "24 passende diensten" (and how many the filters show). */
export function resultCountText(outcome: MatchOutcome, filters: ResultFilters): string {
  const total = countOf(outcome.counts.matched, 'passende dienst', 'passende diensten');
  const shown = applyFilters(outcome.results, filters).length;
  return shown !== outcome.results.length ? `${total}, ${shown} getoond met de filters` : total;
}
