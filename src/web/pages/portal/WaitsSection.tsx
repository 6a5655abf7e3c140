/**
 * Wachttijden: the current waiting time per diagnosis group (or for all groups) with number
 * waiting, intakes and starts of treatment per month and how fresh each is, and the form to enter
 * a new one. Choosing a group fills the form with its current values, so an update is a small edit.
 */
import { useState, type FormEvent } from 'react';
import { CARE_KINDS, WAIT_BASES, labelOf, type WaitBasis } from '../../../domain/catalog/vocabulary';
import { Field } from '../../components/fields';
import { ErrorAlert } from '../../components/status';
import { formatDate, formatNumber } from '../../format';
import type { ReferenceData } from '../../reference';
import type { ApiError } from '../../api';
import { asApiError, fieldErrors, FreshnessBadge, numberOrNull } from './PortalParts';
import { portalApi, type PortalServiceView, type PortalWaitView } from './portal-api';

interface Props {
  service: PortalServiceView;
  reference: ReferenceData;
  onSaved: (service: PortalServiceView) => void;
}

const ALL = 'alle';
const text = (n: number | null) => (n === null ? '' : String(n));
const shown = (n: number | null) => (n === null ? '–' : formatNumber(n));

function draftFor(service: PortalServiceView, group: string) {
  const current: PortalWaitView | undefined = service.waits.find((w) => (w.diagnosisGroup ?? ALL) === group);
  return {
    group,
    registrationWeeks: text(current?.registrationWeeks ?? null),
    treatmentWeeks: text(current?.treatmentWeeks ?? null),
    basis: (current?.basis ?? 'actueel') as WaitBasis,
    waitingCount: text(current?.waitingCount ?? null),
    intakesPerMonth: text(current?.intakesPerMonth ?? null),
    startsPerMonth: text(current?.startsPerMonth ?? null),
    measuredOn: service.today,
  };
}

export function WaitsSection({ service, reference, onSaved }: Props) {
  const [draft, setDraft] = useState(() => draftFor(service, ALL));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const errors = { ...fieldErrors(error), ...local };
  const groupName = (code: string | null) =>
    code === null
      ? 'Alle diagnosegroepen'
      : (reference.diagnosisGroups.find((g) => g.code === code)?.name ?? code);
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const waitsApply = CARE_KINDS.find((k) => k.id === service.kind)?.waitsApply ?? false;
  const groupOptions =
    service.diagnosisGroups.length > 0
      ? service.diagnosisGroups
      : reference.diagnosisGroups.map((g) => g.code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const numbers = {
      registrationWeeks: numberOrNull(draft.registrationWeeks),
      treatmentWeeks: numberOrNull(draft.treatmentWeeks),
      waitingCount: numberOrNull(draft.waitingCount),
      intakesPerMonth: numberOrNull(draft.intakesPerMonth),
      startsPerMonth: numberOrNull(draft.startsPerMonth),
    };
    const problems: Record<string, string> = {};
    for (const [field, value] of Object.entries(numbers))
      if (Number.isNaN(value)) problems[field] = 'vul een getal in';
    if (numbers.registrationWeeks === null) problems.registrationWeeks = 'vul de aanmeldwachttijd in';
    if (numbers.treatmentWeeks === null) problems.treatmentWeeks = 'vul de behandelwachttijd in';
    setLocal(problems);
    setSaved(null);
    setError(null);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const next = await portalApi.recordWait(service.id, {
        diagnosisGroup: draft.group === ALL ? null : draft.group,
        registrationWeeks: numbers.registrationWeeks!,
        treatmentWeeks: numbers.treatmentWeeks!,
        basis: draft.basis,
        waitingCount: numbers.waitingCount,
        intakesPerMonth: numbers.intakesPerMonth,
        startsPerMonth: numbers.startsPerMonth,
        measuredOn: draft.measuredOn,
      });
      onSaved(next);
      setSaved(
        `De wachttijd voor ${groupName(draft.group === ALL ? null : draft.group).toLowerCase()} is opgeslagen.`,
      );
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="wachttijden" aria-labelledby="wachttijden-titel" className="portal-section">
      <h2 id="wachttijden-titel">Wachttijden</h2>
      {!waitsApply && (
        <p>Voor {labelOf(CARE_KINDS, service.kind).toLowerCase()} wordt geen wachttijd bijgehouden.</p>
      )}
      {waitsApply && service.waits.length === 0 && (
        <p>Er is nog geen wachttijd opgegeven: verwijzers zien de wachttijd als onbekend.</p>
      )}
      {service.waits.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Actuele wachttijden per diagnosegroep</caption>
            <thead>
              <tr>
                <th scope="col">Diagnosegroep</th>
                <th scope="col">Aanmeldwachttijd</th>
                <th scope="col">Behandelwachttijd</th>
                <th scope="col">Soort</th>
                <th scope="col">Wachtenden</th>
                <th scope="col">Intakes per maand</th>
                <th scope="col">Starts per maand</th>
                <th scope="col">Peildatum</th>
                <th scope="col">Actualiteit</th>
              </tr>
            </thead>
            <tbody>
              {service.waits.map((w) => (
                <tr key={w.diagnosisGroup ?? ALL}>
                  <th scope="row">{groupName(w.diagnosisGroup)}</th>
                  <td>{formatNumber(w.registrationWeeks)} wk</td>
                  <td>{formatNumber(w.treatmentWeeks)} wk</td>
                  <td>{w.basis === 'actueel' ? 'Actueel' : 'Retrospectief'}</td>
                  <td>{shown(w.waitingCount)}</td>
                  <td>{shown(w.intakesPerMonth)}</td>
                  <td>{shown(w.startsPerMonth)}</td>
                  <td>{formatDate(w.measuredOn)}</td>
                  <td>
                    <FreshnessBadge value={w.freshness} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {waitsApply && (
        <form onSubmit={(e) => void submit(e)} noValidate className="portal-form">
          <h3>Wachttijd invoeren</h3>
          <Field
            id="wacht-groep"
            label="Diagnosegroep"
            hint="Basis-ggz meldt één wachttijd voor alle groepen."
            error={errors.diagnosisGroup}
          >
            {(aria) => (
              <select
                {...aria}
                value={draft.group}
                onChange={(e) => setDraft(draftFor(service, e.target.value))}
              >
                <option value={ALL}>Alle diagnosegroepen</option>
                {groupOptions.map((code) => (
                  <option key={code} value={code}>
                    {groupName(code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <Field
              id="wacht-aanmelden"
              label="Aanmeldwachttijd (weken)"
              hint="Van aanmelding tot intake."
              error={errors.registrationWeeks}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  min={0}
                  step={0.5}
                  inputMode="decimal"
                  value={draft.registrationWeeks}
                  onChange={(e) => set('registrationWeeks', e.target.value)}
                />
              )}
            </Field>
            <Field
              id="wacht-behandeling"
              label="Behandelwachttijd (weken)"
              hint="Van intake tot start van de behandeling."
              error={errors.treatmentWeeks}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  min={0}
                  step={0.5}
                  inputMode="decimal"
                  value={draft.treatmentWeeks}
                  onChange={(e) => set('treatmentWeeks', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field id="wacht-soort" label="Soort wachttijd" error={errors.basis}>
            {(aria) => (
              <select
                {...aria}
                value={draft.basis}
                onChange={(e) => set('basis', e.target.value as WaitBasis)}
              >
                {WAIT_BASES.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field-row">
            <Field id="wacht-wachtenden" label="Aantal wachtenden (optioneel)" error={errors.waitingCount}>
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={draft.waitingCount}
                  onChange={(e) => set('waitingCount', e.target.value)}
                />
              )}
            </Field>
            <Field id="wacht-intakes" label="Intakes per maand (optioneel)" error={errors.intakesPerMonth}>
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={draft.intakesPerMonth}
                  onChange={(e) => set('intakesPerMonth', e.target.value)}
                />
              )}
            </Field>
            <Field
              id="wacht-starts"
              label="Starts van behandeling per maand (optioneel)"
              error={errors.startsPerMonth}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={draft.startsPerMonth}
                  onChange={(e) => set('startsPerMonth', e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field id="wacht-peildatum" label="Peildatum" error={errors.measuredOn}>
            {(aria) => (
              <input
                {...aria}
                type="date"
                max={service.today}
                value={draft.measuredOn}
                onChange={(e) => set('measuredOn', e.target.value)}
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              Wachttijd opslaan
            </button>
          </div>
          <div role="status" aria-live="polite">
            {busy && <p className="loading">Bezig met opslaan…</p>}
            {saved && <p className="portal-success">{saved}</p>}
          </div>
          {error && <ErrorAlert error={error} />}
        </form>
      )}
    </section>
  );
}
