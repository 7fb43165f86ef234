import { CASE_FIELDS } from '../../domain/case/case-fields';
import type { CollectorBlock } from '../../domain/collector/read-block';

interface CollectorSummaryProps {
  block: CollectorBlock;
  conflicts: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the collector's block filled in, in the page's words, and where it disagrees with the event. */
export function CollectorSummary({ block, conflicts }: CollectorSummaryProps) {
  const taken = Object.keys(block.changes);
  const fields = CASE_FIELDS.filter((f) => taken.includes(f.name)).map((f) => f.label);
  const seen = block.changes.seen ? block.changes.seen.split(',').length : 0;
  const answers = taken.filter(
    (k) => k !== 'seen' && !CASE_FIELDS.some((f) => f.name === k),
  ).length;
  const parts = [
    fields.length > 0 ? `filled ${fields.join(', ')}` : '',
    answers > 0 ? `answered ${plural(answers, 'check', 'checks')}` : '',
    seen > 0 ? `found ${plural(seen, 'related event', 'related events')}` : '',
  ].filter(Boolean);
  return (
    <div
      className="mb-2 rounded border border-slate-300 bg-white p-3"
      data-testid="collector-summary"
    >
      <p>
        Read the evidence collector&apos;s output:{' '}
        {parts.length > 0
          ? `it ${parts.join('; ')}. Each value is marked "From the collector" where it is asked.`
          : 'nothing in it could be used.'}
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
