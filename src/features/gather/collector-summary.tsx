import type { CollectorBlock } from '../../domain/collector/read-block';

interface CollectorSummaryProps {
  block: CollectorBlock;
  conflicts: string[];
}

/** What the collector's block filled in, what it could not, and where it disagrees with the event. */
export function CollectorSummary({ block, conflicts }: CollectorSummaryProps) {
  const taken = Object.keys(block.changes);
  return (
    <div
      className="mb-2 rounded border border-slate-300 bg-white p-3"
      data-testid="collector-summary"
    >
      <p>
        Read the evidence collector&apos;s block:{' '}
        {taken.length > 0
          ? `${taken.length} values (${taken.join(', ')}), each marked "from the collector" on the steps.`
          : 'nothing could be used from it.'}
      </p>
      {block.problems.length + conflicts.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-amber-900">
          {[...conflicts, ...block.problems].map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
