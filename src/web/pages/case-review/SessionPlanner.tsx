/** The coordinator adds a session outside the rhythm (an extra one, or a replacement). */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { InputField } from '../../components/fields';
import { ErrorAlert } from '../../components/status';
import { caseReviewApi, whenOf, type SessionView } from './case-review-api';

export function SessionPlanner({
  regionId,
  defaultPlace,
  onAdded,
}: {
  regionId: string;
  defaultPlace: string;
  onAdded: () => void;
}) {
  const [date, setDate] = useState('');
  const [time, setTime] = useState('12:30');
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<SessionView | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setAdded(await caseReviewApi.addSession({ regionId, date, time, ...(place.trim() ? { place } : {}) }));
      setDate('');
      onAdded();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'fout', 'De sessie kon niet worden toegevoegd.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="case-form" onSubmit={(e) => void onSubmit(e)}>
      <div className="field-row">
        <InputField id="sessie-datum" label="Datum" type="date" required value={date} onChange={setDate} />
        <InputField id="sessie-tijd" label="Begintijd" type="time" required value={time} onChange={setTime} />
      </div>
      <InputField
        id="sessie-plaats"
        label="Plaats"
        type="text"
        placeholder={defaultPlace}
        value={place}
        onChange={setPlace}
      />
      {error && <ErrorAlert error={error} />}
      <button type="submit" className="button button--secondary" disabled={busy}>
        Sessie toevoegen
      </button>
      <p role="status">{added && !busy ? `Sessie toegevoegd: ${whenOf(added)}.` : ''}</p>
    </form>
  );
}
