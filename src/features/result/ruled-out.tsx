import type { RuledOut as RuledOutCause } from '../../domain/diagnosis/describe-diagnosis';

/** Causes a `yes` answer ruled out, under what that answer means, and where it came from. */
export function RuledOut({ causes }: { causes: RuledOutCause[] }) {
  if (causes.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="ruled-out">
      <h2 id="ruled-out" className="text-lg font-semibold">
        Ruled out
      </h2>
      <ul className="mt-2 space-y-1">
        {causes.map((r) => (
          <li key={r.id} data-ruled-out={r.id} data-origin={r.origin} className="text-sm">
            <span aria-hidden="true">✓ </span>
            <span className="font-medium">{r.passed}</span>{' '}
            <span className="text-slate-700">
              ({r.source}) So not: {r.title}.
            </span>
            {r.conflict.length > 0 ? (
              <span className="text-amber-900"> (but: {r.conflict.join('; ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
