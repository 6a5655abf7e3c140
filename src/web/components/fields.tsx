/**
 * Form building blocks with the accessibility wiring done once: a label for every input, a hint
 * and an error message tied to the input with aria-describedby, aria-invalid on errors, and
 * checkbox groups as a fieldset with a legend.
 */
import { useState, type ReactNode } from 'react';

export interface FieldAria {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (aria: FieldAria) => ReactNode;
}

export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  const aria: FieldAria = { id };
  if (describedBy) aria['aria-describedby'] = describedBy;
  if (error) aria['aria-invalid'] = true;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Fout: </span>
          {error}
        </p>
      )}
      {children(aria)}
    </div>
  );
}

interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { id: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  columns?: 1 | 2;
}

/** A fieldset of checkboxes; the order of `selected` follows the order of `options`. */
export function CheckboxGroup<T extends string>({
  id,
  legend,
  hint,
  options,
  selected,
  onChange,
  columns = 1,
}: CheckboxGroupProps<T>) {
  const toggle = (value: T, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(value);
    else next.delete(value);
    onChange(options.map((o) => o.id).filter((v) => next.has(v)));
  };
  return (
    <fieldset className="checkbox-group" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={`checkboxes checkboxes--${columns}`}>
        {options.map((option) => (
          <div className="checkbox" key={option.id}>
            <input
              type="checkbox"
              id={`${id}-${option.id}`}
              checked={selected.includes(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A collapsible part of a form; it opens by itself when a choice arrives in it from outside (a link). */
export function FormSection({
  title,
  count,
  children,
}: {
  title: string;
  count: number;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(count > 0);
  const [seenCount, setSeenCount] = useState(count);
  if (count !== seenCount) {
    setSeenCount(count);
    if (seenCount === 0 && count > 0) setOpen(true);
  }
  return (
    <details className="form-section" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="form-section__title">{title}</span>
        {count > 0 && <span className="form-section__count">{count} gekozen</span>}
      </summary>
      <div className="form-section__body">{children}</div>
    </details>
  );
}
