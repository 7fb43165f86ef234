import { useId } from 'react';
import { CopyButton } from './copy-button';

interface CommandBlockProps {
  title: string;
  command: string;
  shell: string;
  note?: string;
  /** Not ready to run: values are missing. Shown as a template, with nothing to copy. */
  template?: boolean;
  /** A long text (a whole script): shown in a box of bounded height that scrolls. */
  long?: boolean;
}

/** A command to paste into a shell; its text is rendered as text, never as markup. */
export function CommandBlock({ title, command, shell, note, template, long }: CommandBlockProps) {
  const id = useId();
  return (
    <figure className="my-3 break-inside-avoid" aria-labelledby={id}>
      <figcaption id={id} className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-700">({shell})</span>
        </span>
        {template ? (
          <span className="text-sm font-medium text-amber-900">
            <span className="print:hidden">Template: fill in first</span>
            {/* On paper there is no field to type in: say what to write in by hand. */}
            <span className="hidden print:inline">
              fill in: {[...new Set(command.match(/<[^<>]+>/g) ?? [])].join(', ')}
            </span>
          </span>
        ) : (
          <span className="print:hidden">
            <CopyButton text={command} label={`Copy ${title}`} />
          </span>
        )}
      </figcaption>
      <pre
        className={`mt-1 rounded p-3 text-sm break-words whitespace-pre-wrap ${
          long ? 'max-h-80 overflow-auto print:max-h-none' : ''
        } ${
          template
            ? 'border-2 border-dashed border-amber-700 bg-amber-50 text-slate-900'
            : // Print: dark text on a light tint with a border, readable with or without backgrounds.
              'bg-slate-900 text-slate-50 print:border print:border-slate-700 print:bg-slate-100 print:text-slate-950 print:[print-color-adjust:exact]'
        }`}
        tabIndex={0}
        data-template={template ? 'true' : undefined}
      >
        <code>{command}</code>
      </pre>
      {note ? <p className="mt-1 text-sm text-slate-700">{note}</p> : null}
    </figure>
  );
}
