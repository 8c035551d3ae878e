/**
 * One labelled text field of the note editor: the label tied to its control, the
 * problem state announced by aria-invalid, and an optional hint read with the field.
 */
import type { ComponentChildren, Ref } from 'preact';

interface Common {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
  /** A line under the field, read by screen readers with it. */
  hint?: string;
}

interface InputProps extends Common {
  type?: 'text' | 'datetime-local';
  required?: boolean;
  inputMode?: 'decimal';
  inputRef?: Ref<HTMLInputElement>;
}

interface AreaProps extends Common {
  rows: number;
  areaRef?: Ref<HTMLTextAreaElement>;
}

/** A one-line input with its label. */
export function TextField({ type = 'text', required, inputMode, inputRef, ...common }: InputProps) {
  return (
    <Field {...common}>
      <input {...controlProps(common)} ref={inputRef} type={type} required={required} inputMode={inputMode} />
    </Field>
  );
}

/** A text area with its label, for what was said. */
export function TextAreaField({ rows, areaRef, ...common }: AreaProps) {
  return (
    <Field {...common}>
      <textarea {...controlProps(common)} ref={areaRef} rows={rows} />
    </Field>
  );
}

/** What an input and a text area share: value, problem state, hint, typing. */
function controlProps({ id, value, invalid, onChange, hint }: Common) {
  return {
    id,
    value,
    'aria-invalid': invalid,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
}

function Field({ id, label, hint, children }: Common & { children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
