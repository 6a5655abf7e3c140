/**
 * Form controls of the keuzehulp: a radio group and a checkbox group as a fieldset with a legend
 * (arrow keys move within a radio group, Tab moves between groups), a yes/no question, and a
 * number field with its error tied to it for screen readers.
 */
import { useId, type ReactNode } from 'react';

interface Option<T extends string> {
  id: T;
  label: string;
}

export function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  hint?: ReactNode;
}) {
  const hintId = useId();
  return (
    <fieldset className="kh-group" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.options.map((option) => (
        <label key={option.id} className="kh-choice">
          <input
            type="radio"
            name={props.name}
            value={option.id}
            checked={props.value === option.id}
            onChange={() => props.onChange(option.id)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function CheckboxGroup<T extends string>(props: {
  legend: string;
  options: readonly Option<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}) {
  const toggle = (id: T, on: boolean) => {
    const next = on ? [...props.values, id] : props.values.filter((v) => v !== id);
    // Keep the order of the option list, so the question reads the same every time.
    props.onChange(props.options.map((o) => o.id).filter((o) => next.includes(o)));
  };
  return (
    <fieldset className="kh-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.id} className="kh-choice">
          <input
            type="checkbox"
            checked={props.values.includes(option.id)}
            onChange={(e) => toggle(option.id, e.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function YesNo(props: {
  legend: string;
  name: string;
  value: boolean;
  onChange: (value: boolean) => void;
  hint?: ReactNode;
}) {
  return (
    <RadioGroup
      legend={props.legend}
      name={props.name}
      hint={props.hint}
      options={[
        { id: 'ja', label: 'Ja' },
        { id: 'nee', label: 'Nee' },
      ]}
      value={props.value ? 'ja' : 'nee'}
      onChange={(v) => props.onChange(v === 'ja')}
    />
  );
}

export function NumberField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  unit?: string;
  min?: number;
  max?: number;
}) {
  const id = useId();
  const errorId = `${id}-fout`;
  return (
    <div className="field kh-field">
      <label htmlFor={id}>{props.label}</label>
      <span className="kh-number">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={props.min ?? 0}
          max={props.max}
          step={1}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? errorId : undefined}
        />
        {props.unit && <span aria-hidden="true">{props.unit}</span>}
      </span>
      {props.error && (
        <p className="kh-field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}
