import { lazy, Suspense, useState } from 'react';

const LogImportBody = lazy(() => import('./log-import-body'));

/** Bring the whole log: its reader, worker and timeline load when this is opened. */
export function LogImport() {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mb-4 rounded border border-slate-300 bg-white p-3 text-sm"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold text-blue-900">
        Or bring the whole log: .evtx, or an Event Viewer export
      </summary>
      {open ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <LogImportBody />
        </Suspense>
      ) : null}
    </details>
  );
}
