/**
 * The municipality (gemeente) field: a text input with a datalist of all municipalities, so the
 * browser offers the matching names while typing and the keyboard works as usual. The form holds
 * the CBS code; the input shows the name. A typed CBS code (GM0228) is accepted as well.
 */
import { useId, useState } from 'react';
import type { Municipality } from '../api';

interface Props {
  id: string;
  /** The chosen CBS code, or '' when the text names no municipality. */
  value: string;
  municipalities: Municipality[];
  onChange: (code: string) => void;
  error?: string | undefined;
  describedBy?: string;
}

function resolve(text: string, municipalities: Municipality[]): string {
  const wanted = text.trim().toLocaleLowerCase('nl');
  if (!wanted) return '';
  const byName = municipalities.find((m) => m.name.toLocaleLowerCase('nl') === wanted);
  if (byName) return byName.code;
  const byCode = municipalities.find((m) => m.code.toLowerCase() === wanted);
  return byCode?.code ?? '';
}

export function MunicipalityField({ id, value, municipalities, onChange, error, describedBy }: Props) {
  const listId = useId();
  const hintId = useId();
  const [typed, setTyped] = useState<string | null>(null);
  const [seenValue, setSeenValue] = useState(value);
  // A new value from outside (another link, the back button) replaces what was typed.
  if (value !== seenValue) {
    setSeenValue(value);
    if (typed !== null && resolve(typed, municipalities) !== value) setTyped(null);
  }
  const chosen = municipalities.find((m) => m.code === value);
  const shown = typed ?? chosen?.name ?? value;
  const errorId = `${id}-fout`;

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>Gemeente van de patiënt</label>
      <p className="hint" id={hintId}>
        Typ de naam en kies uit de lijst.
        {chosen ? ` Gekozen: ${chosen.name} (${chosen.code}, ${chosen.province}).` : ''}
      </p>
      {error && (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        name="municipality"
        type="text"
        list={listId}
        autoComplete="off"
        spellCheck={false}
        value={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : '', describedBy ?? ''].filter(Boolean).join(' ')}
        onChange={(event) => {
          const text = event.target.value;
          const code = resolve(text, municipalities);
          setTyped(text);
          setSeenValue(code);
          onChange(code);
        }}
      />
      <datalist id={listId}>
        {municipalities.map((m) => (
          <option key={m.code} value={m.name}>
            {m.province}
          </option>
        ))}
      </datalist>
    </div>
  );
}
