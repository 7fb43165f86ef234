import type { RuledOut as RuledOutCause } from '../../domain/describe-diagnosis';

/** Causes a `yes` answer ruled out, with any evidence that had pointed at them. */
export function RuledOut({ causes }: { causes: RuledOutCause[] }) {
  if (causes.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="ruled-out">
      <h2 id="ruled-out" className="text-lg font-semibold">
        Checked and passed
      </h2>
      <ul className="mt-2 space-y-1">
        {causes.map((r) => (
          <li key={r.id} data-ruled-out={r.id} className="text-sm">
            <span aria-hidden="true">✓ </span>
            <span className="font-medium">{r.title}</span>: answered yes to &quot;{r.question}
            &quot;
            {r.conflict.length > 0 ? (
              <span className="text-amber-900"> (but: {r.conflict.join('; ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
