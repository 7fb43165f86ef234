import { useId } from 'react';
import { CopyButton } from '../../components/copy-button';
import { shareBase } from '../../lib/page-address';

/** The result as a link for a ticket; the field lets people copy by hand where copying is blocked. */
export function ShareLink({ href, summary }: { href: string; summary: (link: string) => string }) {
  const id = useId();
  const { base, onlyHere } = shareBase(window.location.href, import.meta.env.VITE_HOSTED_URL);
  const absolute = `${base}${href}`;
  return (
    <div className="flex w-full flex-col gap-2 print:hidden">
      <label htmlFor={id} className="font-semibold">
        Link to this result
      </label>
      <input
        id={id}
        readOnly
        value={absolute}
        onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded border border-slate-500 bg-white px-2 py-1 font-mono text-sm"
      />
      {onlyHere ? (
        <p className="text-sm text-slate-800" data-testid="link-only-here">
          This copy of the tool is a file on this computer, so the link opens the case in this file
          only. A colleague can paste the part from <code>#/result</code> onwards after the address
          of their own copy.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-4">
        <CopyButton
          text={absolute}
          label="Copy link"
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
        />
        <CopyButton text={summary(absolute)} label="Copy summary for a ticket" />
      </div>
    </div>
  );
}
