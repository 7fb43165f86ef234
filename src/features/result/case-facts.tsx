import type { Fact } from '../../domain/diagnosis/describe-diagnosis';

/** Every fact of the case, as the ticket text lists them. */
export function CaseFacts({ facts }: { facts: Fact[] }) {
  return (
    <dl
      className="mb-4 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 rounded border border-slate-300 bg-white p-3 text-sm"
      data-testid="case-facts"
    >
      {!facts.some((f) => f.name === 'code') ? (
        <>
          <dt className="font-semibold">Error code</dt>
          <dd>not given</dd>
        </>
      ) : null}
      {facts.map((fact) => (
        <div key={fact.name} className="contents">
          <dt className="font-semibold">{fact.label}</dt>
          <dd
            className={fact.name === 'code' ? 'font-mono break-all' : 'break-all'}
            data-origin={fact.origin}
          >
            {fact.value}
            {fact.origin !== 'you' ? (
              <span
                className="ml-2 font-sans text-xs text-blue-900"
                title={fact.collected || undefined}
              >
                ({fact.from})
              </span>
            ) : fact.collected !== undefined ? (
              <span className="ml-2 text-xs text-blue-900" title={fact.collected || undefined}>
                (from the collector)
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
