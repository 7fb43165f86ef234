import { lazy, Suspense, useState } from 'react';

const CollectorPanelBody = lazy(() => import('./collector-panel-body'));

/**
 * The evidence collector: a read-only script to run on the server, whose one block,
 * pasted into Event text, answers most questions of the wizard at once. Its words and
 * the script load when the panel is opened.
 */
export function CollectorPanel({ backup }: { backup?: string | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mb-4 rounded border border-slate-300 bg-white p-3 text-sm"
      onToggle={(e) => setOpen(e.currentTarget.open)}
      data-testid="collector-panel"
    >
      <summary className="cursor-pointer font-semibold text-blue-900">
        Answer most questions at once: run the evidence collector on the server
      </summary>
      {open ? (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <CollectorPanelBody backup={backup} />
        </Suspense>
      ) : null}
    </details>
  );
}
