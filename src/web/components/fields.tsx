/**
 * Form building blocks with the accessibility wiring done once: a label for every input, a hint
 * and an error message tied to the input with aria-describedby, aria-invalid on errors, and
 * checkbox groups as a fieldset with a legend. InputField, NumberField, TextAreaField and
 * SelectField are a Field with its one control for the common cases.
 */
import {
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

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

/** What a Field with one control takes: its label, hint and error, and the text it holds. */
interface ControlProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

type InputAttributes = Omit<InputHTMLAttributes<HTMLInputElement>, keyof ControlProps | keyof FieldAria>;

/** A Field with one text-valued input (text, date, time, number as typed); other attributes pass on. */
export function InputField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  ...input
}: ControlProps & InputAttributes) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => <input {...aria} {...input} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** A number input in a Field: at least 0 and a numeric keyboard unless told otherwise; the value is the text as typed. */
export function NumberField({
  min = 0,
  inputMode = 'numeric',
  ...props
}: ControlProps & Omit<InputAttributes, 'type'>) {
  return <InputField {...props} type="number" min={min} inputMode={inputMode} />;
}

type TextAreaAttributes = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  keyof ControlProps | keyof FieldAria
>;

/** A Field with a textarea; other attributes (rows, maxLength, required) pass on. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  ...textarea
}: ControlProps & TextAreaAttributes) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea {...aria} {...textarea} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

type SelectAttributes = Omit<SelectHTMLAttributes<HTMLSelectElement>, keyof ControlProps | keyof FieldAria>;

interface SelectFieldProps<T extends string>
  extends Omit<ControlProps, 'value' | 'onChange'>, SelectAttributes {
  options: readonly { id: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A Field with a select over a fixed list of options (one option per `options` entry, in order). */
export function SelectField<T extends string>({
  id,
  label,
  hint,
  error,
  options,
  value,
  onChange,
  ...select
}: SelectFieldProps<T>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select {...aria} {...select} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
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
