/**
 * The coordinator's form to change one regional rule: availability, validity dates, the details
 * that belong to the route, note and source, and who changes it and why. Saving stores a new
 * version based on the one shown; when someone else changed the rule meanwhile, the API answers
 * with a conflict and the form offers to reload. The same form ends (retires) the rule.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { DETAIL_KEYS_BY_ROUTE } from '../../../domain/routes/regional-rules';
import type { RouteId } from '../../../domain/routes/route-catalog';
import { ApiError } from '../../api';
import { changeRule, retireRule, type RuleEdit, type RuleVersion } from '../../api-advice';

interface EditDraft {
  available: boolean;
  validFrom: string;
  validTo: string;
  maxContacts: string;
  maxMonths: string;
  noTimeLimit: boolean;
  mergedWith: string;
  intervalWeeks: string;
  firstSession: string;
  startTime: string;
  answerWorkingDays: string;
  channel: string;
  replacedBy: string;
  ehealth: string;
  note: string;
  source: string;
  reason: string;
}

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

function draftOf(rule: RuleVersion): EditDraft {
  const d = rule.details;
  return {
    available: rule.available,
    validFrom: text(rule.validFrom),
    validTo: text(rule.validTo),
    maxContacts: text(d.maxContacts),
    maxMonths: text(d.maxMonths),
    noTimeLimit: d.maxMonths === null,
    mergedWith: text(d.mergedWith),
    intervalWeeks: text(d.intervalWeeks),
    firstSession: text(d.firstSession),
    startTime: text(d.startTime),
    answerWorkingDays: text(d.answerWorkingDays),
    channel: text(d.channel),
    replacedBy: text(d.replacedBy),
    ehealth: (d.ehealth ?? []).join(', '),
    note: text(rule.note),
    source: rule.source,
    reason: '',
  };
}

/** The change as the API takes it; details the route does not know are left out. */
function editOf(draft: EditDraft, rule: RuleVersion): RuleEdit {
  const allowed = DETAIL_KEYS_BY_ROUTE[rule.route as RouteId] as readonly string[];
  const details: RuleEdit['details'] & object = {};
  const whole = (value: string) => (value.trim() === '' ? undefined : Number(value));
  if (allowed.includes('maxContacts') && whole(draft.maxContacts) !== undefined)
    details.maxContacts = whole(draft.maxContacts);
  if (allowed.includes('maxMonths')) {
    if (draft.noTimeLimit) details.maxMonths = null;
    else if (whole(draft.maxMonths) !== undefined) details.maxMonths = whole(draft.maxMonths);
  }
  if (allowed.includes('mergedWith') && draft.mergedWith)
    details.mergedWith = draft.mergedWith as 'wor' | 'wor-plus';
  if (allowed.includes('intervalWeeks') && whole(draft.intervalWeeks) !== undefined)
    details.intervalWeeks = whole(draft.intervalWeeks);
  if (allowed.includes('firstSession') && draft.firstSession) details.firstSession = draft.firstSession;
  if (allowed.includes('startTime') && draft.startTime) details.startTime = draft.startTime;
  if (allowed.includes('answerWorkingDays') && whole(draft.answerWorkingDays) !== undefined) {
    details.answerWorkingDays = whole(draft.answerWorkingDays);
  }
  if (allowed.includes('channel') && draft.channel.trim()) details.channel = draft.channel.trim();
  if (allowed.includes('replacedBy') && draft.replacedBy) details.replacedBy = draft.replacedBy as RouteId;
  if (allowed.includes('ehealth') && draft.ehealth.trim()) {
    details.ehealth = draft.ehealth
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
  }
  return {
    available: draft.available,
    validFrom: draft.validFrom || null,
    validTo: draft.validTo || null,
    details,
    note: draft.note.trim() || null,
    source: draft.source.trim(),
    reason: draft.reason.trim(),
    basedOnVersionId: rule.versionId,
  };
}

const FIELD_NAMES: Record<string, string> = {
  available: 'Beschikbaar',
  validFrom: 'Geldig vanaf',
  validTo: 'Geldig tot en met',
  note: 'Toelichting',
  source: 'Bron',
  reason: 'Reden',
  'details.maxContacts': 'Maximaal aantal contacten',
  'details.maxMonths': 'Binnen maanden',
  'details.mergedWith': 'Eén aanbod met',
  'details.intervalWeeks': 'Weken tussen besprekingen',
  'details.startTime': 'Aanvang',
  'details.firstSession': 'Bekende bespreking',
  'details.answerWorkingDays': 'Antwoord binnen werkdagen',
  'details.channel': 'Kanaal',
  'details.replacedBy': 'Vervangen door',
  'details.ehealth': 'E-healthprogramma’s',
};

function Field(props: { label: string; children: (id: string) => ReactNode; hint?: string }) {
  const id = useId();
  return (
    <div className="field kh-field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
      {props.hint && <p className="hint">{props.hint}</p>}
    </div>
  );
}

export function RuleEditForm(props: {
  rule: RuleVersion;
  /** The signed-in user's name: the server records the change under it. */
  defaultName: string;
  title: string;
  routes: { id: string; label: string }[];
  onSaved: (version: RuleVersion, message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { rule } = props;
  const [draft, setDraft] = useState<EditDraft>(() => draftOf(rule));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<EditDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const allowed = DETAIL_KEYS_BY_ROUTE[rule.route as RouteId] as readonly string[];

  const run = async (action: () => Promise<RuleVersion>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      props.onSaved(await action(), message);
    } catch (e) {
      setError(
        e instanceof ApiError ? e : new ApiError(0, 'onbekend', 'Er ging iets mis. Probeer het opnieuw.'),
      );
    } finally {
      setBusy(false);
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(() => changeRule(rule.ruleId, editOf(draft, rule)), 'De wijziging is opgeslagen.');
  };
  const retire = () =>
    void run(
      () =>
        retireRule(rule.ruleId, {
          reason: draft.reason.trim(),
          basedOnVersionId: rule.versionId,
        }),
      'De afspraak is beëindigd.',
    );

  return (
    <form className="rr-edit" onSubmit={save} aria-labelledby="rr-edit-title" noValidate>
      <h3 id="rr-edit-title" tabIndex={-1}>
        {props.title}
      </h3>
      {error && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{error.message}</p>
          {error.details.length > 0 && (
            <ul>
              {error.details.map((d) => (
                <li key={`${d.field}:${d.message}`}>
                  {FIELD_NAMES[d.field] ?? d.field}: {d.message}
                </li>
              ))}
            </ul>
          )}
          {error.status === 409 && (
            <button type="button" className="button button--secondary kh-button" onClick={props.onReload}>
              Opnieuw laden
            </button>
          )}
        </div>
      )}
      <label className="kh-choice">
        <input
          type="checkbox"
          checked={draft.available}
          onChange={(e) => set({ available: e.target.checked })}
        />
        Route is hier beschikbaar
      </label>
      <Field label="Geldig vanaf" hint="Leeg: al altijd.">
        {(id) => (
          <input
            id={id}
            type="date"
            value={draft.validFrom}
            onChange={(e) => set({ validFrom: e.target.value })}
          />
        )}
      </Field>
      <Field label="Geldig tot en met" hint="Leeg: tot nader bericht.">
        {(id) => (
          <input
            id={id}
            type="date"
            value={draft.validTo}
            onChange={(e) => set({ validTo: e.target.value })}
          />
        )}
      </Field>
      {allowed.includes('maxContacts') && (
        <Field label="Maximaal aantal contacten">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              value={draft.maxContacts}
              onChange={(e) => set({ maxContacts: e.target.value })}
            />
          )}
        </Field>
      )}
      {allowed.includes('maxMonths') && (
        <>
          <Field label="Binnen maanden">
            {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                disabled={draft.noTimeLimit}
                value={draft.maxMonths}
                onChange={(e) => set({ maxMonths: e.target.value })}
              />
            )}
          </Field>
          <label className="kh-choice">
            <input
              type="checkbox"
              checked={draft.noTimeLimit}
              onChange={(e) => set({ noTimeLimit: e.target.checked })}
            />
            Zonder tijdslimiet
          </label>
        </>
      )}
      {allowed.includes('mergedWith') && (
        <Field label="Eén aanbod met">
          {(id) => (
            <select id={id} value={draft.mergedWith} onChange={(e) => set({ mergedWith: e.target.value })}>
              <option value="">Nee, een eigen aanbod</option>
              {props.routes
                .filter((r) => (r.id === 'wor' || r.id === 'wor-plus') && r.id !== rule.route)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
            </select>
          )}
        </Field>
      )}
      {allowed.includes('intervalWeeks') && (
        <Field label="Weken tussen besprekingen">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              value={draft.intervalWeeks}
              onChange={(e) => set({ intervalWeeks: e.target.value })}
            />
          )}
        </Field>
      )}
      {allowed.includes('startTime') && (
        <Field label="Aanvang" hint="Hoe laat de besprekingen beginnen (Nederlandse tijd), bijvoorbeeld 12:30.">
          {(id) => (
            <input
              id={id}
              type="time"
              value={draft.startTime}
              onChange={(e) => set({ startTime: e.target.value })}
            />
          )}
        </Field>
      )}
      {allowed.includes('firstSession') && (
        <Field
          label="Bekende bespreking"
          hint="Een datum waarop de overlegtafel bijeenkwam of komt; het ritme telt vanaf hier."
        >
          {(id) => (
            <input
              id={id}
              type="date"
              value={draft.firstSession}
              onChange={(e) => set({ firstSession: e.target.value })}
            />
          )}
        </Field>
      )}
      {allowed.includes('answerWorkingDays') && (
        <Field label="Antwoord binnen werkdagen">
          {(id) => (
            <input
              id={id}
              type="number"
              min={1}
              value={draft.answerWorkingDays}
              onChange={(e) => set({ answerWorkingDays: e.target.value })}
            />
          )}
        </Field>
      )}
      {allowed.includes('channel') && (
        <Field label="Kanaal" hint="Bijvoorbeeld VIPLive of ZorgDomein.">
          {(id) => <input id={id} value={draft.channel} onChange={(e) => set({ channel: e.target.value })} />}
        </Field>
      )}
      {allowed.includes('replacedBy') && (
        <Field label="Vervangen door (als de route hier niet beschikbaar is)">
          {(id) => (
            <select id={id} value={draft.replacedBy} onChange={(e) => set({ replacedBy: e.target.value })}>
              <option value="">Standaardvervanging</option>
              {props.routes
                .filter((r) => r.id !== rule.route && r.id !== 'crisis')
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label}
                  </option>
                ))}
            </select>
          )}
        </Field>
      )}
      {allowed.includes('ehealth') && (
        <Field label="E-healthprogramma’s" hint="Gescheiden door komma’s.">
          {(id) => <input id={id} value={draft.ehealth} onChange={(e) => set({ ehealth: e.target.value })} />}
        </Field>
      )}
      <Field
        label="Toelichting"
        hint="Wordt bij de route getoond, of als reden waarom de route hier niet kan."
      >
        {(id) => (
          <textarea id={id} rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
        )}
      </Field>
      <Field label="Bron">
        {(id) => (
          <textarea id={id} rows={2} value={draft.source} onChange={(e) => set({ source: e.target.value })} />
        )}
      </Field>
      <p className="hint">Wordt vastgelegd op naam van {props.defaultName || 'de aangemelde gebruiker'}.</p>
      <Field label="Reden van de wijziging">
        {(id) => <input id={id} value={draft.reason} onChange={(e) => set({ reason: e.target.value })} />}
      </Field>
      <div className="kh-buttons">
        <button type="submit" className="button button--primary kh-button" disabled={busy}>
          Wijziging opslaan
        </button>
        <button type="button" className="button button--secondary kh-button" onClick={props.onCancel}>
          Annuleren
        </button>
        <button
          type="button"
          className="button button--secondary kh-button kh-button-danger"
          disabled={busy}
          onClick={retire}
        >
          Afspraak beëindigen
        </button>
      </div>
    </form>
  );
}
