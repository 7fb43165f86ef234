import { useState } from 'react';
import { copyText } from '../lib/clipboard';

interface CopyButtonProps {
  text: string;
  label: string;
  className?: string;
}

export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="inline-flex items-center gap-2 print:hidden">
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
