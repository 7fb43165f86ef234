import { lazy, Suspense } from 'react';

const LogImportBody = lazy(() => import('./log-import-body'));

export interface LogImportProps {
  file: File | undefined;
}

/**
 * A whole log the person opened: its reader, worker and timeline load with the first one.
 * A feature of its own: the app hands it to the steps that open logs.
 */
export function LogImport({ file }: LogImportProps) {
  if (!file) return null;
  return (
    <section
      aria-label="The opened log"
      className="mb-4 rounded border border-slate-300 bg-white p-3 text-sm"
    >
      <Suspense fallback={<p role="status">Loading…</p>}>
        <LogImportBody file={file} />
      </Suspense>
    </section>
  );
}
