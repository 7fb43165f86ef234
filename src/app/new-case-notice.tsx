import { useState } from 'react';
import { useNavigate } from 'react-router';
import { clearPastes } from '../lib/paste-store';

/**
 * Shown on the empty case New case opened, until it is changed: the previous case is one
 * step back in the tab's history, its pasted text with it, so a mis-click costs nothing.
 */
export function NewCaseNotice() {
  const navigate = useNavigate();
  const [forgotten, setForgotten] = useState(false);
  return (
    <div
      role="status"
      className="mb-4 rounded border border-slate-400 bg-slate-50 p-3 text-sm"
      data-testid="new-case-notice"
    >
      {forgotten ? (
        <p>The text pasted in this tab is forgotten; the previous case keeps only its values.</p>
      ) : (
        <p>
          A new, empty case. The previous one, with what was pasted there, is still one step back.{' '}
          <button
            type="button"
            className="rounded border border-blue-800 px-2 py-0.5 font-semibold text-blue-900 hover:bg-blue-50"
            onClick={() => void navigate(-1)}
          >
            Undo
          </button>{' '}
          <button
            type="button"
            className="rounded border border-slate-500 px-2 py-0.5 font-semibold text-slate-900 hover:bg-slate-100"
            onClick={() => {
              clearPastes();
              setForgotten(true);
            }}
          >
            Forget the pasted text
          </button>
        </p>
      )}
    </div>
  );
}
