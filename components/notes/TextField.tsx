/**
 * One labelled text field of the note editor: the label tied to its control, the
 * problem state announced by aria-invalid, and an optional hint read with the field.
 */
import type { Ref } from 'preact';

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
export function TextField({ id, label, value, invalid, onChange, hint, type = 'text', required, inputMode, inputRef }: InputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={type}
        required={required}
        inputMode={inputMode}
        value={value}
        aria-invalid={invalid}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <FieldHint id={id} hint={hint} />
    </div>
  );
}

/** A text area with its label, for what was said. */
export function TextAreaField({ id, label, value, invalid, onChange, hint, rows, areaRef }: AreaProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={areaRef}
        rows={rows}
        value={value}
        aria-invalid={invalid}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <FieldHint id={id} hint={hint} />
    </div>
  );
}

function FieldHint({ id, hint }: { id: string; hint: string | undefined }) {
  if (!hint) return null;
  return (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  );
}
