/**
 * "Waarom niet?": every service the match left out, with the reasons why, behind a disclosure
 * whose summary counts them per reason. A referrer can narrow the list to one reason.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { CARE_KINDS, labelOf } from '../../domain/catalog/vocabulary';
import type { ExcludedService, ExclusionReasonCode, MatchOutcome } from '../api';
import { countOf, formatNumber } from '../format';
import { exclusionReasonLabel } from '../labels';
import { ReasonList } from './Reasons';

interface Props {
  excluded: ExcludedService[];
  counts: MatchOutcome['counts'];
}

export const WHY_NOT_ID = 'waarom-niet';

/** Opens "Waarom niet?" and puts the focus on it, from anywhere on the page. */
export function showWhyNot(): void {
  const details = document.getElementById(WHY_NOT_ID);
  if (!(details instanceof HTMLDetailsElement)) return;
  details.open = true;
  const summary = details.querySelector('summary');
  summary?.focus();
  summary?.scrollIntoView({ block: 'start' });
}

export function WhyNot({ excluded, counts }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ExclusionReasonCode | ''>('');
  const selectId = useId();
  const byReason = (Object.entries(counts.byReason) as [ExclusionReasonCode, number][])
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
  const shown = reason ? excluded.filter((e) => e.reasons.some((r) => r.code === reason)) : excluded;

  return (
    <section className="why-not" aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>Waarom niet?</h2>
      <details id={WHY_NOT_ID} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="why-not__total">
            {countOf(counts.excluded, 'dienst valt af', 'diensten vallen af')}
          </span>
          {byReason.length > 0 && (
            <span className="why-not__counts">
              {byReason.map(([code, n], index) => (
                <span key={code} className="why-not__count">
                  {exclusionReasonLabel(code)}: <strong>{formatNumber(n)}</strong>
                  {index < byReason.length - 1 && <span className="visually-hidden">, </span>}
                </span>
              ))}
            </span>
          )}
        </summary>
        {open && (
          <div className="why-not__body">
            <p className="hint">
              Een dienst kan om meer dan één reden afvallen; hij telt dan bij elke reden mee.
            </p>
            {byReason.length > 1 && (
              <div className="field field--inline">
                <label htmlFor={selectId}>Toon reden</label>
                <select
                  id={selectId}
                  value={reason}
                  onChange={(e) => setReason(e.target.value as ExclusionReasonCode | '')}
                >
                  <option value="">Alle redenen ({formatNumber(excluded.length)})</option>
                  {byReason.map(([code, n]) => (
                    <option key={code} value={code}>
                      {exclusionReasonLabel(code)} ({formatNumber(n)})
                    </option>
                  ))}
                </select>
              </div>
            )}
            <ul className="excluded-list">
              {shown.map(({ service, reasons }) => (
                <li key={service.id} className="excluded">
                  <p className="excluded__title">
                    <Link to={`/diensten/${service.id}`}>{service.name}</Link>
                  </p>
                  <p className="excluded__meta">
                    {service.organizationName} · {labelOf(CARE_KINDS, service.kind)}
                    {service.location ? ` · ${service.location.city}` : ' · online'}
                  </p>
                  <ReasonList reasons={reasons.map((r) => ({ ...r, tone: 'let-op' as const }))} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </details>
    </section>
  );
}
