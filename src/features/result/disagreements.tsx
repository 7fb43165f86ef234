import type { DisagreementView } from '../../domain/diagnosis/describe-diagnosis';

/** What computers said differently: both sides with their origins, none of it taken. */
export function Disagreements({ items }: { items: DisagreementView[] }) {
  if (items.length === 0) return null;
  return (
    <section
      className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-sm"
      aria-labelledby="disagree"
      data-testid="disagree"
    >
      <h2 id="disagree" className="font-semibold">
        The computers disagree: neither answer is taken
      </h2>
      <ul className="mt-1 list-disc pl-5">
        {items.map((d) => (
          <li key={d.name} data-disagree={d.name}>
            {d.about}{' '}
            {d.said.map((side, i) => (
              <span key={side.origin} data-origin={side.origin}>
                {i > 0 ? ' / ' : ''}
                <strong>{side.value}</strong> ({side.from})
              </span>
            ))}
            . Read it again on the computer the question is about, or answer it yourself on its
            step.
          </li>
        ))}
      </ul>
    </section>
  );
}
