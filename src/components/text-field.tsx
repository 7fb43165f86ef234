import { useId } from 'react';
import { useFieldKey } from '../hooks/use-field-key';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  multiline?: boolean;
  rows?: number;
  /**
   * A paste that would make the text longer than this is cut before the box lays it out
   * (laying out megabytes held the page for seconds); onChange still gets all of it.
   */
  maxChars?: number;
  children?: React.ReactNode;
}

/** A labelled field whose text lives in the link; errors sit right under it. */
export function TextField({
  name,
  label,
  value,
  onChange,
  hint,
  error,
  multiline,
  rows = 8,
  maxChars,
  children,
}: TextFieldProps) {
  const id = useId();
  const key = useFieldKey(name, value);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    defaultValue: value,
    spellCheck: false,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    className: `mt-1 block w-full rounded border bg-white px-3 py-2 font-mono text-sm text-slate-900 ${
      error ? 'border-red-700' : 'border-slate-500'
    }`,
  } as const;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          key={key}
          rows={rows}
          {...common}
          onChange={(e) => onChange(e.target.value)}
          onPaste={(e) => {
            const box = e.currentTarget;
            const whole =
              box.value.slice(0, box.selectionStart) +
              e.clipboardData.getData('text') +
              box.value.slice(box.selectionEnd);
            if (maxChars === undefined || whole.length <= maxChars) return;
            e.preventDefault();
            box.value = whole.slice(0, maxChars);
            onChange(whole);
          }}
          // Enter makes a new line here; Ctrl+Enter moves on, like Enter in a one-line field.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      ) : (
        <input
          key={key}
          type="text"
          autoComplete="off"
          {...common}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
