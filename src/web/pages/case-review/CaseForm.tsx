/**
 * Bringing in an anonymised case (GP, POH-GGZ). While the GP types, the identifier check runs in the
 * browser (the same function the server runs, src/domain/case-review/identifiers.ts) and lists what
 * it finds in a live region; sending stays blocked until the list is empty. The server checks again
 * and refuses what slips through.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { formatDutchDate } from '../../../domain/calendar/iso-date';
import { AGE_BANDS, identifiersInCase, type AgeBand } from '../../../domain/case-review/case-submission';
import { IDENTIFIER_ADVICE, IDENTIFIER_LABELS } from '../../../domain/case-review/identifiers';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../components/status';
import { caseReviewApi, whenOf, type CaseView, type SessionView } from './case-review-api';

const FIELD_NAMES = { summary: 'Casus', question: 'Vraag' } as const;

export function CaseForm({ sessions, onSubmitted }: { sessions: SessionView[]; onSubmitted: () => void }) {
  const open = sessions.filter((s) => s.open);
  const [sessionId, setSessionId] = useState('');
  const [ageBand, setAgeBand] = useState<AgeBand | ''>('');
  const [summary, setSummary] = useState('');
  const [question, setQuestion] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<CaseView | null>(null);
  const [missing, setMissing] = useState<string | null>(null);

  const chosen = open.find((s) => s.id === sessionId) ?? open[0];
  const found = useMemo(() => identifiersInCase({ summary, question }), [summary, question]);
  const warnings = (['summary', 'question'] as const).flatMap((field) =>
    found[field].map((f) => ({ field, ...f })),
  );
  const blocked = warnings.length > 0;

  if (open.length === 0) {
    return (
      <p className="empty">
        Er is op dit moment geen sessie waarvoor u nog een casus kunt inbrengen. Inbrengen kan tot en met de
        tweede werkdag voor een sessie.
      </p>
    );
  }

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked || busy || !chosen) return;
    if (!ageBand || summary.trim() === '' || question.trim() === '') {
      setMissing('Kies een leeftijdscategorie en vul de casus en uw vraag in.');
      return;
    }
    setMissing(null);
    setBusy(true);
    setError(null);
    try {
      const created = await caseReviewApi.submit(chosen.id, { ageBand, summary, question });
      setSent(created);
      setSummary('');
      setQuestion('');
      setAgeBand('');
      onSubmitted();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'fout', 'Het versturen is mislukt.'));
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: 'summary' | 'question') =>
    [`casus-${field}-hint`, found[field].length > 0 ? 'casus-controle' : ''].filter(Boolean).join(' ');

  return (
    <form className="case-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="field">
        <label htmlFor="casus-sessie">Sessie</label>
        <select id="casus-sessie" value={chosen?.id ?? ''} onChange={(e) => setSessionId(e.target.value)}>
          {open.map((s) => (
            <option key={s.id} value={s.id}>
              {whenOf(s)} (inbrengen tot en met {formatDutchDate(s.lastSubmissionDay, { weekday: false })})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="casus-leeftijd">Leeftijdscategorie</label>
        <select
          id="casus-leeftijd"
          className="input--short"
          value={ageBand}
          onChange={(e) => setAgeBand(e.target.value as AgeBand | '')}
        >
          <option value="">Kies…</option>
          {AGE_BANDS.map((band) => (
            <option key={band} value={band}>
              {band} jaar
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="casus-summary">Casus (geanonimiseerd)</label>
        <p className="hint" id="casus-summary-hint">
          Geen naam, BSN, geboortedatum, adres, telefoonnummer of e-mailadres. Schrijf bijvoorbeeld “vrouw,
          eind dertig” en “sinds 2 maanden”.
        </p>
        <textarea
          id="casus-summary"
          rows={8}
          maxLength={4000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          aria-describedby={describedBy('summary')}
          aria-invalid={found.summary.length > 0 ? true : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="casus-question">Uw vraag aan de tafel</label>
        <p className="hint" id="casus-question-hint">
          Bijvoorbeeld: welke route past, of wat kan ik in de praktijk nog doen?
        </p>
        <textarea
          id="casus-question"
          rows={3}
          maxLength={1000}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          aria-describedby={describedBy('question')}
          aria-invalid={found.question.length > 0 ? true : undefined}
        />
      </div>

      <div id="casus-controle" aria-live="polite">
        {blocked && (
          <div className="identifier-warnings">
            <p className="identifier-warnings__title">
              Let op: de tekst bevat gegevens die de patiënt herkenbaar maken. Haal ze weg; pas dan kunt u
              versturen.
            </p>
            <ul>
              {warnings.map((w) => (
                <li key={`${w.field}-${w.start}`}>
                  {FIELD_NAMES[w.field]}: {IDENTIFIER_LABELS[w.kind]} <mark>{w.text}</mark>.{' '}
                  {IDENTIFIER_ADVICE[w.kind]}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {missing && (
        <p className="field-error" role="alert">
          {missing}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={blocked || busy}>
          {busy ? 'Bezig met versturen…' : 'Casus versturen'}
        </button>
      </div>
      <div role="status">
        {sent && !busy && (
          <p className="note">
            Uw casus staat op de agenda van {formatDutchDate(sent.session.date)}. U krijgt bericht als de
            tafel advies heeft gegeven.
          </p>
        )}
      </div>
    </form>
  );
}
