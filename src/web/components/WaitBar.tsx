/**
 * A waiting time drawn against the Treeknorm: the aanmeldwachttijd and behandelwachttijd as two
 * stacked parts of one bar, with markers at the registration norm (4 weeks) and the total norm
 * (14 weeks). Green within the norm, amber above, red far above. The bar is decoration; the
 * sentence beside it ("3 + 6 weken, binnen de Treeknorm") carries the same information in text.
 */
import { TREEKNORM, type NormStatus } from '../../domain/waiting/treeknorm';
import { formatNumber } from '../format';
import { NORM_VERDICT } from '../labels';

/** The bar's scale in weeks: twice the norm, so "far above" still shows where it starts. */
const SCALE_WEEKS = TREEKNORM.totalWeeks * 2;

const percent = (weeks: number) => `${(Math.min(weeks, SCALE_WEEKS) / SCALE_WEEKS) * 100}%`;

interface Props {
  registration: number;
  treatment: number;
  status: NormStatus;
  /** False for kinds of care the Treeknorm is not about (welfare): no verdict, neutral colour. */
  normApplies?: boolean;
}

/** "3 + 6 weken, binnen de Treeknorm" */
export function waitSentence(registration: number, treatment: number, status: NormStatus | null): string {
  const weeks = `${formatNumber(registration)} + ${formatNumber(treatment)} weken`;
  return status ? `${weeks}, ${NORM_VERDICT[status]}` : weeks;
}

export function WaitBar({ registration, treatment, status, normApplies = true }: Props) {
  const total = registration + treatment;
  const tone = normApplies ? status : 'neutraal';
  return (
    <div className={`wait wait--${tone}`}>
      <div className="wait__bar" aria-hidden="true">
        <div className="wait__track">
          <span className="wait__part wait__part--registration" style={{ width: percent(registration) }} />
          <span
            className="wait__part wait__part--treatment"
            style={{
              left: percent(registration),
              width: percent(Math.max(0, Math.min(total, SCALE_WEEKS) - registration)),
            }}
          />
          {total > SCALE_WEEKS && <span className="wait__overflow">›</span>}
        </div>
        <span className="wait__marker" style={{ left: percent(TREEKNORM.registrationWeeks) }}>
          <span className="wait__marker-label">{TREEKNORM.registrationWeeks}</span>
        </span>
        <span className="wait__marker wait__marker--total" style={{ left: percent(TREEKNORM.totalWeeks) }}>
          <span className="wait__marker-label">{TREEKNORM.totalWeeks} wk</span>
        </span>
      </div>
      <p className="wait__text">
        <span className="wait__icon" aria-hidden="true">
          {!normApplies ? '◷' : status === 'binnen' ? '✓' : '!'}
        </span>
        <span className="visually-hidden">Wachttijd: </span>
        {waitSentence(registration, treatment, normApplies ? status : null)}
        <span className="wait__legend"> (aanmelden + behandeling)</span>
      </p>
    </div>
  );
}
