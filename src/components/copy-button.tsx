import { useState } from 'react';

/**
 * Copies text. The clipboard API exists only in secure contexts, and intranet hosts
 * are often plain http, so it falls back to a selected text area and execCommand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall through to the older way: permissions may be denied in some browsers.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'fixed -left-[9999px] top-0';
  document.body.append(area);
  area.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

interface CopyButtonProps {
  text: string;
  label: string;
  className?: string;
}

export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className={
          className ??
          'rounded border border-slate-600 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100'
        }
        onClick={async () => setStatus((await copyText(text)) ? 'copied' : 'failed')}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status === 'copied'
          ? 'Copied.'
          : status === 'failed'
            ? 'Copy failed: select the text and press Ctrl+C.'
            : ''}
      </span>
    </span>
  );
}
