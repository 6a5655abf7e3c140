/**
 * Geschiedenis: every version of the service's description and facts, newest first, with when it
 * was recorded, what it said, who recorded it and its source (portaal, bevestigd, import, API).
 */
import { CEILING_STATES, labelOf } from '../../../domain/catalog/vocabulary';
import { SERVICE_FIELD_LABELS, type EditableServiceField } from '../../../domain/portal/service-edit';
import { ErrorAlert, Loading } from '../../components/status';
import { formatDate, formatList, formatNumber } from '../../format';
import { useApi, type ReferenceData } from '../../reference';
import { formatMoment } from './PortalParts';
import { portalApi, type HistoryEntryView } from './portal-api';

const KIND_LABELS: Record<HistoryEntryView['kind'], string> = {
  gegevens: 'Gegevens',
  wachttijd: 'Wachttijd',
  aanmeldstop: 'Aanmeldstop',
  contract: 'Contract',
};

/** The source in words: "Portaal", "Bevestigd (niets gewijzigd)", "Import: bestand.csv", "API: koppeling". */
export function sourceLabel(source: string): string {
  if (source === 'portaal') return 'Portaal';
  if (source === 'portaal:bevestigd') return 'Bevestigd (niets gewijzigd)';
  if (source.startsWith('import:')) return `Import: ${source.slice(7)}`;
  if (source.startsWith('api:')) return `API: ${source.slice(4)}`;
  if (source === 'api') return 'API';
  return source;
}

function describe(entry: HistoryEntryView, reference: ReferenceData): string {
  const { wait, pause, contract, changes } = entry;
  if (wait) {
    const group =
      wait.diagnosisGroup === null
        ? 'alle diagnosegroepen'
        : (reference.diagnosisGroups.find((g) => g.code === wait.diagnosisGroup)?.name ??
          wait.diagnosisGroup);
    const extra = [
      wait.waitingCount !== null ? `${formatNumber(wait.waitingCount)} wachtenden` : null,
      wait.intakesPerMonth !== null ? `${formatNumber(wait.intakesPerMonth)} intakes/maand` : null,
      wait.startsPerMonth !== null ? `${formatNumber(wait.startsPerMonth)} starts/maand` : null,
    ].filter(Boolean);
    return `${group}: ${formatNumber(wait.registrationWeeks)} + ${formatNumber(wait.treatmentWeeks)} weken (${wait.basis}), peildatum ${formatDate(wait.measuredOn)}${extra.length ? `; ${extra.join(', ')}` : ''}`;
  }
  if (pause) {
    if (!pause.active) return 'Geen aanmeldstop';
    return `Aanmeldstop: ${pause.reason ?? 'geen reden'}${pause.expectedEnd ? `, verwacht tot ${formatDate(pause.expectedEnd)}` : ''}`;
  }
  if (contract) {
    const insurer = reference.insurers.find((i) => i.id === contract.insurerId)?.label ?? contract.insurerId;
    return `${insurer} ${contract.year}: ${contract.contracted ? `gecontracteerd, ${labelOf(CEILING_STATES, contract.ceiling).toLowerCase()}` : 'niet gecontracteerd'}`;
  }
  if (changes) {
    const labels = changes.map((c) => SERVICE_FIELD_LABELS[c.field as EditableServiceField] ?? c.field);
    return labels.length > 0 ? `Gewijzigd: ${formatList(labels)}` : 'Gewijzigd';
  }
  return '';
}

export function HistorySection({
  serviceId,
  version,
  reference,
}: {
  serviceId: string;
  version: number;
  reference: ReferenceData;
}) {
  const history = useApi(`${serviceId}-${version}`, (signal) => portalApi.history(serviceId, signal));
  return (
    <section id="geschiedenis" aria-labelledby="geschiedenis-titel" className="portal-section">
      <h2 id="geschiedenis-titel">Geschiedenis</h2>
      {history?.status === 'loading' && <Loading />}
      {history?.status === 'error' && <ErrorAlert error={history.error} />}
      {history?.status === 'ready' &&
        (history.data.length === 0 ? (
          <p>Er is nog niets vastgelegd voor deze dienst.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>Geschiedenis van deze dienst, nieuwste eerst</caption>
              <thead>
                <tr>
                  <th scope="col">Vastgelegd op</th>
                  <th scope="col">Onderdeel</th>
                  <th scope="col">Inhoud</th>
                  <th scope="col">Door</th>
                  <th scope="col">Bron</th>
                </tr>
              </thead>
              <tbody>
                {history.data.map((entry) => (
                  <tr key={`${entry.kind}-${entry.id}`}>
                    <td>{formatMoment(entry.recordedAt)}</td>
                    <td>{KIND_LABELS[entry.kind]}</td>
                    <td>{describe(entry, reference)}</td>
                    <td>{entry.recordedByName ?? '–'}</td>
                    <td>{sourceLabel(entry.source)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
