/**
 * Wachttijden: the current waiting time per diagnosis group (or for all groups) with number
 * waiting, intakes and starts of treatment per month and how fresh each is, and the form to enter
 * a new one. Choosing a group fills the form with its current values, so an update is a small edit.
 */
import { useState, type FormEvent } from 'react';
import { CARE_KINDS, WAIT_BASES, labelOf, type WaitBasis } from '../../../domain/catalog/vocabulary';
import { Field, InputField, NumberField, SelectField } from '../../components/fields';
import { formatDate, formatNumber } from '../../format';
import type { ReferenceData } from '../../reference';
import { fieldErrors, FreshnessBadge, numberOrNull, SaveActions, useSave } from './PortalParts';
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
  const { busy, error, saved, clear, save } = useSave();
  const [local, setLocal] = useState<Record<string, string>>({});
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
    clear();
    if (Object.keys(problems).length > 0) return;
    await save(async () => {
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
      return `De wachttijd voor ${groupName(draft.group === ALL ? null : draft.group).toLowerCase()} is opgeslagen.`;
    });
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
            <NumberField
              id="wacht-aanmelden"
              label="Aanmeldwachttijd (weken)"
              hint="Van aanmelding tot intake."
              error={errors.registrationWeeks}
              step={0.5}
              inputMode="decimal"
              value={draft.registrationWeeks}
              onChange={(v) => set('registrationWeeks', v)}
            />
            <NumberField
              id="wacht-behandeling"
              label="Behandelwachttijd (weken)"
              hint="Van intake tot start van de behandeling."
              error={errors.treatmentWeeks}
              step={0.5}
              inputMode="decimal"
              value={draft.treatmentWeeks}
              onChange={(v) => set('treatmentWeeks', v)}
            />
          </div>
          <SelectField
            id="wacht-soort"
            label="Soort wachttijd"
            error={errors.basis}
            options={WAIT_BASES}
            value={draft.basis}
            onChange={(v) => set('basis', v)}
          />
          <div className="field-row">
            <NumberField
              id="wacht-wachtenden"
              label="Aantal wachtenden (optioneel)"
              error={errors.waitingCount}
              step={1}
              value={draft.waitingCount}
              onChange={(v) => set('waitingCount', v)}
            />
            <NumberField
              id="wacht-intakes"
              label="Intakes per maand (optioneel)"
              error={errors.intakesPerMonth}
              step={1}
              value={draft.intakesPerMonth}
              onChange={(v) => set('intakesPerMonth', v)}
            />
            <NumberField
              id="wacht-starts"
              label="Starts van behandeling per maand (optioneel)"
              error={errors.startsPerMonth}
              step={1}
              value={draft.startsPerMonth}
              onChange={(v) => set('startsPerMonth', v)}
            />
          </div>
          <InputField
            id="wacht-peildatum"
            label="Peildatum"
            error={errors.measuredOn}
            type="date"
            max={service.today}
            value={draft.measuredOn}
            onChange={(v) => set('measuredOn', v)}
          />
          <SaveActions label="Wachttijd opslaan" busy={busy} saved={saved} error={error} />
        </form>
      )}
    </section>
  );
}
