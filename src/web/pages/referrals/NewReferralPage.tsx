/**
 * /verwijzingen/nieuw: the referral form. Opened from "Verwijzen" on a match result with the
 * service and the need in the address (dienst=<serviceId> plus the need parameters of the match
 * page, and vorige=<referralId> after a rejection); a consultation's advice opens it with
 * consultatie=<id>, route=<care kind> and vraag=<text>. Without a service the page sends the GP to
 * the match page first, carrying those parameters along.
 *
 * For a GGZ route (BGGZ, SGGZ) the form asks what the referral letter must state, including the
 * BSN; for welfare routes it asks no BSN at all. The patient's consent is an explicit checkbox.
 * The server checks everything again and its Dutch messages appear at the fields.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SEVERITIES } from '../../../domain/catalog/vocabulary';
import { COMPLEXITIES, RISK_LEVELS } from '../../../domain/routes/help-question';
import { normaliseBsn, passesElevenTest } from '../../../domain/referrals/bsn';
import { CARE_LEVELS, isGgzRoute, isReferralRoute } from '../../../domain/referrals/vocabulary';
import { api, ApiError, type FieldProblem, type Insurer, type Service } from '../../api';
import { Field } from '../../components/fields';
import { hasNeed, needFromParams, needToRequest, rematchFromParams } from '../../components/need-params';
import { ErrorAlert, Loading } from '../../components/status';
import { useApi, useReference } from '../../reference';
import { referralApi, type NewReferral } from './referral-api';
import { routeLabel } from './referral-words';

interface FormState {
  patientName: string;
  patientBirthDate: string;
  patientPhone: string;
  patientEmail: string;
  patientAddress: string;
  patientPostcode: string;
  insurerId: string;
  bsn: string;
  suspectedDisorder: string;
  mainProblem: string;
  question: string;
  careLevel: string;
  severity: string;
  risk: string;
  complexity: string;
  course: string;
  patientWish: string;
  consentToShare: boolean;
}
type FieldName = keyof FormState;

const LABELS: Record<FieldName, string> = {
  patientName: 'Naam van de patiënt',
  patientBirthDate: 'Geboortedatum',
  patientPhone: 'Telefoonnummer',
  patientEmail: 'E-mailadres',
  patientAddress: 'Adres',
  patientPostcode: 'Postcode',
  insurerId: 'Zorgverzekeraar',
  bsn: 'Burgerservicenummer (BSN)',
  suspectedDisorder: 'Vermoedelijke psychische stoornis',
  mainProblem: 'Hoofdprobleem',
  question: 'Hulpvraag of verwijsvraag',
  careLevel: 'Zorgvorm',
  severity: 'Ernst',
  risk: 'Risico',
  complexity: 'Complexiteit',
  course: 'Duur en beloop',
  patientWish: 'Wens van de patiënt',
  consentToShare: 'Toestemming van de patiënt',
};

const fieldId = (name: FieldName) => `verwijzing-${name}`;

function initialForm(params: URLSearchParams, service: Service): FormState {
  const need = hasNeed(params) ? needFromParams(params) : null;
  return {
    patientName: '',
    patientBirthDate: '',
    patientPhone: '',
    patientEmail: '',
    patientAddress: '',
    patientPostcode: '',
    insurerId: need?.insurer ?? '',
    bsn: '',
    suspectedDisorder: '',
    mainProblem: '',
    question: params.get('vraag') ?? need?.text ?? '',
    careLevel: isGgzRoute(service.kind) ? service.kind : '',
    severity: need?.severity ?? '',
    risk: '',
    complexity: '',
    course: '',
    patientWish: '',
    consentToShare: false,
  };
}

function byConcern(insurers: Insurer[]): [string, Insurer[]][] {
  const groups = new Map<string, Insurer[]>();
  for (const insurer of insurers)
    groups.set(insurer.concern, [...(groups.get(insurer.concern) ?? []), insurer]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'));
}

function RadioChoice({
  name,
  legend,
  required,
  options,
  value,
  error,
  onChange,
}: {
  name: FieldName;
  legend: string;
  required: boolean;
  options: readonly { id: string; label: string }[];
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const errorId = `${fieldId(name)}-fout`;
  return (
    <fieldset
      className={`radio-group${error ? ' field--error' : ''}`}
      id={fieldId(name)}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>
        {legend}
        {required ? '' : ' (optioneel)'}
      </legend>
      {error && (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      <div className="radios">
        {options.map((option) => (
          <div className="radio" key={option.id}>
            <input
              type="radio"
              id={`${fieldId(name)}-${option.id}`}
              name={name}
              value={option.id}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            <label htmlFor={`${fieldId(name)}-${option.id}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function ReferralForm({ service, params }: { service: Service; params: URLSearchParams }) {
  const navigate = useNavigate();
  const reference = useReference();
  const ggz = isGgzRoute(service.kind);
  const [form, setForm] = useState<FormState>(() => initialForm(params, service));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends FieldName>(name: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [name]: value }));
  const errorOf = (name: FieldName) => problems.find((p) => p.field === name)?.message;
  const { previousReferralId } = rematchFromParams(params);
  const consultationId = params.get('consultatie');
  const insurers = reference.status === 'ready' ? reference.data.insurers : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldProblem[] = [];
    const bsn = normaliseBsn(form.bsn);
    if (ggz && form.bsn.trim() !== '' && (bsn === null || !passesElevenTest(bsn))) {
      local.push({ field: 'bsn', message: 'Dit is geen geldig BSN (9 cijfers die de elfproef doorstaan).' });
    }
    if (!form.consentToShare) {
      local.push({ field: 'consentToShare', message: 'Vraag de patiënt om toestemming en vink dit aan.' });
    }
    const need = hasNeed(params) ? needToRequest(needFromParams(params)) : null;
    const optional = (value: string) => (value.trim() === '' ? null : value.trim());
    const body: NewReferral = {
      serviceId: service.id,
      need: need && 'need' in need ? need.need : null,
      previousReferralId,
      consultationId: consultationId || null,
      patientName: form.patientName,
      patientBirthDate: form.patientBirthDate,
      patientPhone: optional(form.patientPhone),
      patientEmail: optional(form.patientEmail),
      patientAddress: optional(form.patientAddress),
      patientPostcode: optional(form.patientPostcode),
      insurerId: optional(form.insurerId),
      bsn: ggz ? optional(form.bsn) : null,
      suspectedDisorder: optional(form.suspectedDisorder),
      mainProblem: form.mainProblem,
      question: form.question,
      careLevel: ggz ? optional(form.careLevel) : null,
      severity: optional(form.severity),
      risk: optional(form.risk),
      complexity: optional(form.complexity),
      course: optional(form.course),
      patientWish: optional(form.patientWish),
      consentToShare: form.consentToShare,
    };
    if (local.length > 0) {
      setProblems(local);
      setFailure(null);
      document.getElementById('verwijzing-fouten')?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await referralApi.create(body);
      navigate(`/verwijzingen/${created.id}`, {
        state: { message: `Verwijzing verstuurd naar ${created.receiver.organizationName}.` },
      });
    } catch (error) {
      const apiError =
        error instanceof ApiError ? error : new ApiError(0, 'onbekend', 'Versturen is niet gelukt.');
      setFailure(apiError);
      setProblems(apiError.details);
      setBusy(false);
      window.requestAnimationFrame(() => document.getElementById('verwijzing-fouten')?.focus());
    }
  };

  const textField = (
    name: FieldName,
    options: { required: boolean; hint?: string; type?: string; autoComplete?: string; short?: boolean },
  ) => (
    <Field
      id={fieldId(name)}
      label={`${LABELS[name]}${options.required ? '' : ' (optioneel)'}`}
      hint={options.hint}
      error={errorOf(name)}
    >
      {(aria) => (
        <input
          {...aria}
          type={options.type ?? 'text'}
          className={options.short ? 'input--short' : undefined}
          autoComplete={options.autoComplete ?? 'off'}
          required={options.required}
          value={form[name] as string}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
    </Field>
  );
  const areaField = (name: FieldName, options: { required: boolean; hint?: string }) => (
    <Field
      id={fieldId(name)}
      label={`${LABELS[name]}${options.required ? '' : ' (optioneel)'}`}
      hint={options.hint}
      error={errorOf(name)}
    >
      {(aria) => (
        <textarea
          {...aria}
          rows={3}
          required={options.required}
          value={form[name] as string}
          onChange={(e) => set(name, e.target.value)}
        />
      )}
    </Field>
  );

  const shown = problems.length > 0 || failure;
  return (
    <form
      className="referral-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-describedby="verwijzing-uitleg"
    >
      <p id="verwijzing-uitleg" className="hint">
        Velden zonder “(optioneel)” zijn verplicht.{' '}
        {ggz
          ? 'Voor de ggz vraagt de verwijsbrief ook adres, zorgverzekeraar en BSN.'
          : 'Voor deze route is geen BSN nodig; we vragen er dus ook niet om.'}
      </p>
      {shown && (
        <div className="alert alert--error" role="alert" id="verwijzing-fouten" tabIndex={-1}>
          <p className="alert__title">{failure?.message ?? 'Controleer de verwijzing:'}</p>
          {problems.length > 0 && (
            <ul>
              {problems.map((p) => {
                const known = p.field in LABELS ? (p.field as FieldName) : null;
                return (
                  <li key={`${p.field}-${p.message}`}>
                    {known ? (
                      <a href={`#${fieldId(known)}`}>
                        {LABELS[known]}: {p.message}
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

      <fieldset className="form-block">
        <legend>Patiënt</legend>
        {textField('patientName', { required: true, autoComplete: 'off' })}
        {textField('patientBirthDate', {
          required: true,
          type: 'date',
          hint: 'Wegwijzer verwijst volwassenen (18 jaar en ouder).',
          short: true,
        })}
        <div className="field-row">
          {textField('patientPhone', {
            required: false,
            type: 'tel',
            hint: 'Telefoon of e-mail: minstens één.',
          })}
          {textField('patientEmail', { required: false, type: 'email' })}
        </div>
        <div className="field-row">
          {textField('patientAddress', { required: ggz, hint: 'Straat, huisnummer en plaats.' })}
          {textField('patientPostcode', { required: ggz, short: true })}
        </div>
        <Field
          id={fieldId('insurerId')}
          label={`${LABELS.insurerId}${ggz ? '' : ' (optioneel)'}`}
          error={errorOf('insurerId')}
        >
          {(aria) => (
            <select {...aria} value={form.insurerId} onChange={(e) => set('insurerId', e.target.value)}>
              <option value="">Kies de zorgverzekeraar</option>
              {byConcern(insurers).map(([concern, list]) => (
                <optgroup key={concern} label={concern}>
                  {list.map((i) => (
                    <option key={i.id} value={i.id}>
                      {i.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        {ggz &&
          textField('bsn', {
            required: true,
            hint: 'Wettelijk verplicht op een verwijsbrief voor de ggz; 9 cijfers, we controleren de elfproef.',
            short: true,
          })}
      </fieldset>

      <fieldset className="form-block">
        <legend>Hulpvraag</legend>
        {areaField('suspectedDisorder', { required: ggz, hint: 'In woorden; een DSM-code is niet nodig.' })}
        {areaField('mainProblem', { required: true })}
        {areaField('question', { required: true, hint: 'Wat vraagt u aan de ontvanger?' })}
      </fieldset>

      <fieldset className="form-block">
        <legend>Afweging{ggz ? ' (verwijsafspraken ggz)' : ''}</legend>
        {ggz && (
          <RadioChoice
            name="careLevel"
            legend={LABELS.careLevel}
            required
            options={CARE_LEVELS}
            value={form.careLevel}
            error={errorOf('careLevel')}
            onChange={(v) => set('careLevel', v)}
          />
        )}
        <RadioChoice
          name="severity"
          legend={LABELS.severity}
          required={ggz}
          options={SEVERITIES}
          value={form.severity}
          error={errorOf('severity')}
          onChange={(v) => set('severity', v)}
        />
        <RadioChoice
          name="risk"
          legend={LABELS.risk}
          required={ggz}
          options={RISK_LEVELS}
          value={form.risk}
          error={errorOf('risk')}
          onChange={(v) => set('risk', v)}
        />
        <RadioChoice
          name="complexity"
          legend={LABELS.complexity}
          required={ggz}
          options={COMPLEXITIES}
          value={form.complexity}
          error={errorOf('complexity')}
          onChange={(v) => set('complexity', v)}
        />
        {areaField('course', {
          required: ggz,
          hint: 'Hoe lang bestaan de klachten, wat is al geprobeerd en met welk resultaat?',
        })}
        {areaField('patientWish', { required: false })}
      </fieldset>

      <fieldset
        className={`form-block${errorOf('consentToShare') ? ' field--error' : ''}`}
        id={fieldId('consentToShare')}
      >
        <legend>Toestemming</legend>
        {errorOf('consentToShare') && (
          <p className="field-error" id="toestemming-fout">
            <span className="visually-hidden">Fout: </span>
            {errorOf('consentToShare')}
          </p>
        )}
        <div className="checkbox">
          <input
            type="checkbox"
            id="verwijzing-toestemming"
            checked={form.consentToShare}
            aria-describedby={errorOf('consentToShare') ? 'toestemming-fout' : undefined}
            onChange={(e) => set('consentToShare', e.target.checked)}
          />
          <label htmlFor="verwijzing-toestemming">
            De patiënt geeft toestemming om deze gegevens te delen met {service.organizationName}.
          </label>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Bezig met versturen…' : 'Verwijzing versturen'}
        </button>
      </div>
    </form>
  );
}

function Frame({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <>
      <div className="page-intro">
        <p className="breadcrumb">
          <Link to="/verwijzingen">Verwijzingen</Link>
        </p>
        <h1>Nieuwe verwijzing</h1>
        {lead}
      </div>
      {children}
    </>
  );
}

export function NewReferralPage() {
  const [params] = useSearchParams();
  const serviceId = params.get('dienst');
  const detail = useApi(serviceId ? `dienst-${serviceId}` : null, (signal) =>
    api.service(serviceId ?? '', signal),
  );

  if (!serviceId) {
    const carry = new URLSearchParams();
    for (const name of ['consultatie', 'vraag', 'vorige']) {
      const value = params.get(name);
      if (value) carry.set(name, value);
    }
    const route = params.get('route');
    return (
      <Frame>
        <div className="note">
          <p>
            Kies eerst de dienst waarnaar u verwijst
            {route && isReferralRoute(route) ? ` (${routeLabel(route).toLowerCase()})` : ''}: zoek passend
            aanbod en kies <strong>Verwijzen</strong> bij een resultaat.
          </p>
          <p>
            <Link className="button button--primary" to={`/?${carry.toString()}`}>
              Zoek passend aanbod
            </Link>
          </p>
        </div>
      </Frame>
    );
  }
  if (!detail || detail.status === 'loading')
    return (
      <Frame>
        <Loading text="Dienst laden…" />
      </Frame>
    );
  if (detail.status === 'error')
    return (
      <Frame>
        <ErrorAlert error={detail.error} />
      </Frame>
    );
  const { service } = detail.data;
  const back = new URLSearchParams(params);
  back.delete('dienst');
  return (
    <Frame
      lead={
        <p className="lead">
          Naar <strong>{service.name}</strong> van <strong>{service.organizationName}</strong> (
          {routeLabel(service.kind).toLowerCase()}).{' '}
          {hasNeed(params) && <Link to={`/?${back.toString()}`}>Terug naar de resultaten</Link>}
        </p>
      }
    >
      {isReferralRoute(service.kind) ? (
        <ReferralForm service={service} params={params} />
      ) : (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">Naar deze dienst verwijst u niet met een verwijzing in Wegwijzer.</p>
          <p>
            {service.kind === 'crisis'
              ? 'Bij acuut gevaar belt u de crisisdienst.'
              : 'Voor consultatie en een verkennend gesprek is er een eigen aanvraag.'}
          </p>
        </div>
      )}
    </Frame>
  );
}
