/**
 * The need form (hulpvraag): who the patient is, what the help question is, which kinds of care
 * are wanted, which patient characteristics may exclude a service, and the patient's preferences.
 * Enter submits. The form's state lives in the URL query string, so a link opens the results with
 * the need filled in (the keuzehulp links here). Parameter names:
 *
 *   municipality     CBS municipality code, e.g. GM0228 (required for a need; its presence makes
 *                    the page match at once)
 *   age              age in whole years (35 when absent)
 *   insurer          insurer label id, e.g. zilveren-kruis
 *   diagnosisGroup   main diagnosis group code, e.g. 04
 *   themes           comma-separated theme ids, e.g. schulden,eenzaamheid
 *   text             free text, e.g. "somber, schulden"
 *   severity         licht | matig | ernstig
 *   kinds            comma-separated care kind ids, e.g. wor-plus,amw (none: all but crisis)
 *   characteristics  comma-separated exclusion codes, e.g. primaire-verslaving
 *   online           1 when the patient prefers online help
 *   language         ISO 639-1 code of the language the help must be in, e.g. ar
 *   maxDistanceKm    maximum travel distance in km (25 when the URL has no need at all)
 *   maxWaitWeeks     maximum acceptable total wait in weeks
 *
 * Example: /?kinds=wor-plus&municipality=GM0228&age=45&themes=eenzaamheid
 * The translation to and from the URL and to the API body is in need-params.ts.
 */
import { useId, useState, type FormEvent, type MouseEvent } from 'react';
import { CARE_KINDS, EXCLUSION_CODES, SEVERITIES, THEMES } from '../../domain/catalog/vocabulary';
import type { ApiError, FieldProblem, Insurer } from '../api';
import type { ReferenceData } from '../reference';
import { PREFERENCE_LANGUAGES } from '../labels';
import { CheckboxGroup, Field, FormSection } from './fields';
import { MunicipalityField } from './MunicipalityField';
import { formFieldOf, needFromParams, needToParams, needToRequest, type NeedFormState } from './need-params';

interface Props {
  /** The current query string (without "?"); the form follows it when it changes. */
  query: string;
  reference: ReferenceData;
  busy: boolean;
  serverError: ApiError | null;
  onSubmit: (params: URLSearchParams) => void;
}

const FIELD_LABELS: Record<keyof NeedFormState, string> = {
  municipality: 'Gemeente',
  age: 'Leeftijd',
  insurer: 'Zorgverzekeraar',
  diagnosisGroup: 'Diagnosegroep',
  themes: "Thema's",
  text: 'Hulpvraag in eigen woorden',
  severity: 'Ernst',
  kinds: 'Zorgsoort',
  characteristics: 'Kenmerken van de patiënt',
  online: 'Online',
  language: 'Taal',
  maxDistanceKm: 'Maximale reisafstand',
  maxWaitWeeks: 'Maximale wachttijd',
};

function byConcern(insurers: Insurer[]): [string, Insurer[]][] {
  const groups = new Map<string, Insurer[]>();
  for (const insurer of insurers)
    groups.set(insurer.concern, [...(groups.get(insurer.concern) ?? []), insurer]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'));
}

/** Moves focus to a field without touching the URL (a hash change would count as navigation). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  const focusable = target.matches('input, select, textarea')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea');
  (focusable ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

export function NeedForm({ query, reference, busy, serverError, onSubmit }: Props) {
  const prefix = useId();
  const fieldId = (name: keyof NeedFormState) => `${prefix}-${name}`;
  const [form, setForm] = useState<NeedFormState>(() => needFromParams(new URLSearchParams(query)));
  const [seenQuery, setSeenQuery] = useState(query);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  if (query !== seenQuery) {
    setSeenQuery(query);
    if (query !== needToParams(form).toString()) setForm(needFromParams(new URLSearchParams(query)));
  }

  const set = <K extends keyof NeedFormState>(name: K, value: NeedFormState[K]) =>
    setForm((f) => ({ ...f, [name]: value }));
  const serverProblems = (serverError?.details ?? []).map((d) => ({
    ...d,
    field: formFieldOf(d.field) ?? d.field,
  }));
  const shownProblems = problems.length > 0 ? problems : serverProblems;
  const errorOf = (name: keyof NeedFormState) => shownProblems.find((p) => p.field === name)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = needToRequest(form);
    if ('problems' in outcome) {
      setProblems(outcome.problems);
      return;
    }
    setProblems([]);
    onSubmit(needToParams(form));
  };

  const showAlert = problems.length > 0 || serverError !== null;

  return (
    <form className="need-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>Hulpvraag</h2>

      <fieldset className="form-block">
        <legend>Patiënt</legend>
        <MunicipalityField
          id={fieldId('municipality')}
          value={form.municipality}
          municipalities={reference.municipalities}
          onChange={(code) => set('municipality', code)}
          error={errorOf('municipality')}
        />
        <Field id={fieldId('age')} label="Leeftijd (jaren)" error={errorOf('age')}>
          {(aria) => (
            <input
              {...aria}
              className="input--short"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={form.age}
              onChange={(e) => set('age', e.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('insurer')}
          label="Zorgverzekeraar (optioneel)"
          hint="Voor contract en omzetplafond; gegroepeerd per concern."
          error={errorOf('insurer')}
        >
          {(aria) => (
            <select {...aria} value={form.insurer} onChange={(e) => set('insurer', e.target.value)}>
              <option value="">Onbekend of niet opgegeven</option>
              {byConcern(reference.insurers).map(([concern, insurers]) => (
                <optgroup key={concern} label={concern}>
                  {insurers.map((insurer) => (
                    <option key={insurer.id} value={insurer.id}>
                      {insurer.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="form-block">
        <legend>Klachten en hulpvraag</legend>
        <Field
          id={fieldId('text')}
          label="Hulpvraag in eigen woorden (optioneel)"
          hint="Bijv. somber, schulden, eenzaam. Typefouten worden vergeven."
          error={errorOf('text')}
        >
          {(aria) => (
            <input
              {...aria}
              type="search"
              maxLength={500}
              value={form.text}
              onChange={(e) => set('text', e.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('diagnosisGroup')}
          label="Diagnosegroep (optioneel)"
          error={errorOf('diagnosisGroup')}
        >
          {(aria) => (
            <select
              {...aria}
              value={form.diagnosisGroup}
              onChange={(e) => set('diagnosisGroup', e.target.value)}
            >
              <option value="">Geen diagnosegroep gekozen</option>
              {reference.diagnosisGroups.map((group) => (
                <option key={group.code} value={group.code}>
                  {group.name} ({group.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="radio-group" id={fieldId('severity')}>
          <legend>Ernst van de klachten (optioneel)</legend>
          <div className="radios">
            {[{ id: '' as const, label: 'Niet opgegeven' }, ...SEVERITIES].map((option) => (
              <div className="radio" key={option.id || 'geen'}>
                <input
                  type="radio"
                  id={`${prefix}-severity-${option.id || 'geen'}`}
                  name={`${prefix}-severity`}
                  checked={form.severity === option.id}
                  onChange={() => set('severity', option.id)}
                />
                <label htmlFor={`${prefix}-severity-${option.id || 'geen'}`}>{option.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <FormSection title="Psychosociale thema's" count={form.themes.length}>
          <CheckboxGroup
            id={`${prefix}-themes`}
            legend="Thema's van de hulpvraag"
            options={THEMES}
            selected={form.themes}
            onChange={(v) => set('themes', v)}
            columns={2}
          />
        </FormSection>
      </fieldset>

      <FormSection title="Zorgsoort" count={form.kinds.length}>
        <CheckboxGroup
          id={`${prefix}-kinds`}
          legend="Gewenste zorgsoort"
          hint="Niets aangevinkt: alle zorgsoorten behalve crisisdienst."
          options={CARE_KINDS}
          selected={form.kinds}
          onChange={(v) => set('kinds', v)}
        />
      </FormSection>

      <FormSection title="Kenmerken die uitsluiting kunnen geven" count={form.characteristics.length}>
        <CheckboxGroup
          id={`${prefix}-characteristics`}
          legend="Kenmerken van de patiënt"
          hint="Diensten die een aangevinkt kenmerk uitsluiten, vallen af (zie Waarom niet?)."
          options={EXCLUSION_CODES}
          selected={form.characteristics}
          onChange={(v) => set('characteristics', v)}
        />
      </FormSection>

      <fieldset className="form-block">
        <legend>Voorkeuren</legend>
        <div className="checkbox">
          <input
            type="checkbox"
            id={fieldId('online')}
            checked={form.online}
            onChange={(e) => set('online', e.target.checked)}
          />
          <label htmlFor={fieldId('online')}>Voorkeur voor online hulp</label>
        </div>
        <Field id={fieldId('language')} label="Taal van de hulp" error={errorOf('language')}>
          {(aria) => (
            <select {...aria} value={form.language} onChange={(e) => set('language', e.target.value)}>
              <option value="">Geen voorkeur</option>
              {PREFERENCE_LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={fieldId('maxDistanceKm')}
          label="Maximale reisafstand (km)"
          error={errorOf('maxDistanceKm')}
        >
          {(aria) => (
            <input
              {...aria}
              className="input--short"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.maxDistanceKm}
              onChange={(e) => set('maxDistanceKm', e.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('maxWaitWeeks')}
          label="Maximale wachttijd (weken)"
          error={errorOf('maxWaitWeeks')}
        >
          {(aria) => (
            <input
              {...aria}
              className="input--short"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.maxWaitWeeks}
              onChange={(e) => set('maxWaitWeeks', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      {showAlert && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">
            {problems.length > 0 ? 'Controleer de hulpvraag:' : (serverError?.message ?? 'Er ging iets mis.')}
          </p>
          {shownProblems.length > 0 && (
            <ul>
              {shownProblems.map((p) => {
                const known = p.field in FIELD_LABELS ? (p.field as keyof NeedFormState) : null;
                return (
                  <li key={`${p.field}-${p.message}`}>
                    {known ? (
                      <a href={`#${fieldId(known)}`} onClick={(event) => focusField(event, fieldId(known))}>
                        {FIELD_LABELS[known]}: {p.message}
                      </a>
                    ) : (
                      `${p.field}: ${p.message}`
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {busy ? 'Bezig met zoeken…' : 'Zoek passend aanbod'}
        </button>
      </div>
    </form>
  );
}
