import { useId } from 'react';
import { CopyButton } from './copy-button';

interface CommandBlockProps {
  title: string;
  command: string;
  shell: string;
  note?: string;
  /** Not ready to run: values are missing. Shown as a template, with nothing to copy. */
  template?: boolean;
}

/** A command to paste into a shell; its text is rendered as text, never as markup. */
export function CommandBlock({ title, command, shell, note, template }: CommandBlockProps) {
  const id = useId();
  return (
    <figure className="my-3" aria-labelledby={id}>
      <figcaption id={id} className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-700">({shell})</span>
        </span>
        {template ? (
          <span className="text-sm font-medium text-amber-900">Template: fill in first</span>
        ) : (
          <span className="print:hidden">
            <CopyButton text={command} label={`Copy ${title}`} />
          </span>
        )}
      </figcaption>
      <pre
        className={`mt-1 rounded p-3 text-sm break-words whitespace-pre-wrap ${
          template
            ? 'border-2 border-dashed border-amber-700 bg-amber-50 text-slate-900'
            : 'bg-slate-900 text-slate-50'
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
