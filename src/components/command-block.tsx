import { useId } from 'react';
import { CopyButton } from './copy-button';

interface CommandBlockProps {
  title: string;
  command: string;
  shell: string;
  note?: string;
}

/** A command to paste into a shell; its text is rendered as text, never as markup. */
export function CommandBlock({ title, command, shell, note }: CommandBlockProps) {
  const id = useId();
  return (
    <figure className="my-3" aria-labelledby={id}>
      <figcaption id={id} className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-semibold text-slate-900">
          {title} <span className="font-normal text-slate-700">({shell})</span>
        </span>
        <CopyButton text={command} label={`Copy ${title}`} />
      </figcaption>
      <pre
        className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50"
        tabIndex={0}
      >
        <code>{command}</code>
      </pre>
      {note ? <p className="mt-1 text-sm text-slate-700">{note}</p> : null}
    </figure>
  );
}
