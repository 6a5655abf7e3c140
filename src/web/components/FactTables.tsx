/**
 * The dated facts of a service as tables, each row with when it was confirmed and by which source:
 * contracts and revenue ceilings per insurer, registration pauses, and waiting times per diagnosis
 * group against the Treeknorm, and the forecast beside each wait. The same tables show the history
 * (older versions) with the moment each version was recorded.
 */
import { CEILING_STATES, WAIT_BASES, labelOf } from '../../domain/catalog/vocabulary';
import { normStatus, totalWaitWeeks } from '../../domain/waiting/treeknorm';
import type { ContractFact, IsoDateTime, PauseFact, ServiceForecast, WaitFact } from '../api';
import { formatDate, formatDateTime, formatNumber, formatWeeks } from '../format';
import { NORM_VERDICT } from '../labels';
import type { ReferenceData } from '../reference';
import { ToneIcon } from './Reasons';

type Recorded = { recordedAt?: IsoDateTime };

function insurerLabel(reference: ReferenceData | null, id: string): string {
  const insurer = reference?.insurers.find((i) => i.id === id);
  if (insurer) return insurer.label;
  const concern = reference?.insurers.find((i) => i.concern === id);
  return concern ? `${concern.concern} (concern)` : id;
}

export function groupLabel(reference: ReferenceData | null, code: string | null): string {
  if (code === null) return 'Alle diagnosegroepen';
  const name = reference?.diagnosisGroups.find((g) => g.code === code)?.name;
  return name ? `${name} (${code})` : `Diagnosegroep ${code}`;
}

const RecordedHead = ({ show }: { show: boolean }) => (show ? <th scope="col">Vastgelegd</th> : null);
const RecordedCell = ({ at }: { at: IsoDateTime | undefined }) => (at ? <td>{formatDateTime(at)}</td> : null);

export function ContractTable({
  rows,
  reference,
  caption,
}: {
  rows: (ContractFact & Recorded)[];
  reference: ReferenceData | null;
  caption: string;
}) {
  const recorded = rows.some((r) => r.recordedAt);
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Zorgverzekeraar</th>
            <th scope="col">Jaar</th>
            <th scope="col">Contract</th>
            <th scope="col">Omzetplafond</th>
            <th scope="col">Bevestigd</th>
            <th scope="col">Bron</th>
            <RecordedHead show={recorded} />
          </tr>
        </thead>
        <tbody>
          {rows.map((c, index) => (
            <tr key={`${c.insurerId}-${c.year}-${c.confirmedAt}-${index}`}>
              <th scope="row">{insurerLabel(reference, c.insurerId)}</th>
              <td>{c.year}</td>
              <td>
                <ToneIcon tone={c.contracted ? 'positief' : 'let-op'} />{' '}
                {c.contracted ? 'Gecontracteerd' : 'Geen contract'}
              </td>
              <td>
                <ToneIcon tone={c.ceiling === 'open' ? 'positief' : 'let-op'} />{' '}
                {labelOf(CEILING_STATES, c.ceiling)}
              </td>
              <td>{formatDateTime(c.confirmedAt)}</td>
              <td>{c.source}</td>
              <RecordedCell at={c.recordedAt} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PauseTable({ rows, caption }: { rows: (PauseFact & Recorded)[]; caption: string }) {
  const recorded = rows.some((r) => r.recordedAt);
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Aanmeldstop</th>
            <th scope="col">Reden</th>
            <th scope="col">Verwacht einde</th>
            <th scope="col">Bevestigd</th>
            <th scope="col">Bron</th>
            <RecordedHead show={recorded} />
          </tr>
        </thead>
        <tbody>
          {rows.map((p, index) => (
            <tr key={`${p.confirmedAt}-${index}`}>
              <th scope="row">{p.active ? 'Ja' : 'Nee'}</th>
              <td>{p.reason ?? '—'}</td>
              <td>{p.expectedEnd ? formatDate(p.expectedEnd) : '—'}</td>
              <td>{formatDateTime(p.confirmedAt)}</td>
              <td>{p.source}</td>
              <RecordedCell at={p.recordedAt} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WaitTable({
  rows,
  reference,
  caption,
}: {
  rows: (WaitFact & Recorded)[];
  reference: ReferenceData | null;
  caption: string;
}) {
  const recorded = rows.some((r) => r.recordedAt);
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Diagnosegroep</th>
            <th scope="col">Aanmeld&shy;wachttijd</th>
            <th scope="col">Behandel&shy;wachttijd</th>
            <th scope="col">Totaal</th>
            <th scope="col">Basis</th>
            <th scope="col">Wachtenden</th>
            <th scope="col">Gemeten op</th>
            <th scope="col">Bron</th>
            <RecordedHead show={recorded} />
          </tr>
        </thead>
        <tbody>
          {rows.map((w, index) => {
            const status = normStatus(w.registrationWeeks, w.treatmentWeeks);
            return (
              <tr key={`${w.diagnosisGroup}-${w.measuredOn}-${index}`}>
                <th scope="row">{groupLabel(reference, w.diagnosisGroup)}</th>
                <td>{formatWeeks(w.registrationWeeks)}</td>
                <td>{formatWeeks(w.treatmentWeeks)}</td>
                <td className={`norm norm--${status}`}>
                  <span className="norm__weeks">
                    <ToneIcon tone={status === 'binnen' ? 'positief' : 'let-op'} />{' '}
                    {formatWeeks(totalWaitWeeks(w.registrationWeeks, w.treatmentWeeks))}
                  </span>
                  <span className="norm__verdict">{NORM_VERDICT[status]}</span>
                </td>
                <td>{labelOf(WAIT_BASES, w.basis).split(' (')[0]}</td>
                <td>{w.waitingCount === null ? '—' : formatNumber(w.waitingCount)}</td>
                <td>{formatDate(w.measuredOn)}</td>
                <td>{w.source}</td>
                <RecordedCell at={w.recordedAt} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The forecast beside each reported wait to intake: people waiting divided by intakes per month
 * (src/domain/waiting/forecast.ts). A strong disagreement is said in words and marked with an
 * icon, not by colour alone.
 */
export function ForecastTable({
  rows,
  reference,
  caption,
}: {
  rows: ServiceForecast[];
  reference: ReferenceData | null;
  caption: string;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Diagnosegroep</th>
            <th scope="col">Gemelde aanmeld&shy;wachttijd</th>
            <th scope="col">Wachtenden</th>
            <th scope="col">Intakes per maand</th>
            <th scope="col">Prognose</th>
            <th scope="col">Beoordeling</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f, index) => (
            <tr key={`${f.diagnosisGroup}-${index}`}>
              <th scope="row">{groupLabel(reference, f.diagnosisGroup)}</th>
              <td>{formatWeeks(f.reportedWeeks)}</td>
              <td>{f.waitingCount === null ? '—' : formatNumber(f.waitingCount)}</td>
              <td>{f.intakesPerMonth === null ? '—' : formatNumber(f.intakesPerMonth)}</td>
              <td>{f.forecastWeeks === null ? '—' : formatWeeks(Math.round(f.forecastWeeks * 10) / 10)}</td>
              <td>{forecastVerdict(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function forecastVerdict(f: ServiceForecast) {
  if (f.forecastWeeks === null) {
    return f.waitingCount === null || f.intakesPerMonth === null
      ? 'Geen prognose: wachtenden en intakes niet opgegeven'
      : 'Geen prognose: geen intakes in de maand';
  }
  if (!f.disagrees) {
    return (
      <>
        <ToneIcon tone="positief" /> Komt overeen met de gemelde wachttijd
      </>
    );
  }
  const longer = (f.differenceWeeks ?? 0) > 0;
  return (
    <strong>
      <ToneIcon tone="let-op" /> Sterke afwijking: de wachtlijst wijst op een {longer ? 'langere' : 'kortere'} wachttijd (
      {formatWeeks(Math.round(Math.abs(f.differenceWeeks ?? 0) * 10) / 10)} {longer ? 'meer' : 'minder'})
    </strong>
  );
}
