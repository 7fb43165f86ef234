import type { PartState, PartView } from '../../domain/diagnosis/picture';

const STATE_WORDS: Readonly<Record<PartState, string>> = {
  failed: 'failed here',
  suspect: 'evidence points here',
  passed: 'checked, passed',
  unchecked: 'not checked',
};

const STATE_CLASS: Readonly<Record<PartState, string>> = {
  failed: 'fill-red-50 stroke-red-800',
  suspect: 'fill-amber-50 stroke-amber-700',
  passed: 'fill-green-50 stroke-green-800',
  unchecked: 'fill-white stroke-slate-500',
};

const MARK: Readonly<Record<PartState, string>> = {
  failed: '✗',
  suspect: '?',
  passed: '✓',
  unchecked: '·',
};

/** A name as the box has room for it; the list in words gives it whole. */
const shortName = (name: string) => (name.length > 30 ? `${name.slice(0, 29)}…` : name);

const BOX_H = 50;
const GAP = 16;
const WIDTH = 300;

/**
 * The failed request's path as a picture drawn from the diagnosis: each part marked
 * failed, suspect, passed or not checked. The list under it says the same in words.
 */
export function WhereItBroke({ parts }: { parts: PartView[] }) {
  const height = parts.length * (BOX_H + GAP) - GAP + 4;
  return (
    <figure className="break-inside-avoid" aria-labelledby="where-title">
      <h2 id="where-title" className="text-lg font-semibold">
        Where it broke
      </h2>
      <div className="mt-2">
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          className="w-full max-w-xs lg:max-w-none"
          role="img"
          aria-label="The path of the failed request; the list beside it says the same in words."
          data-testid="where-it-broke"
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="5"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" className="fill-slate-600" />
            </marker>
          </defs>
          {parts.map((part, i) => {
            const y = 2 + i * (BOX_H + GAP);
            return (
              <g key={part.id} data-part={part.id} data-state={part.state}>
                {i > 0 ? (
                  <line
                    x1={WIDTH / 2}
                    x2={WIDTH / 2}
                    y1={y - GAP + 2}
                    y2={y - 4}
                    className="stroke-slate-600"
                    strokeWidth={2}
                    markerEnd="url(#arrow)"
                  />
                ) : null}
                <rect
                  x={2}
                  y={y}
                  width={WIDTH - 4}
                  height={BOX_H}
                  rx={6}
                  className={STATE_CLASS[part.state]}
                  strokeWidth={part.state === 'failed' ? 4 : 2}
                  strokeDasharray={part.state === 'suspect' ? '6 4' : undefined}
                />
                <text x={12} y={y + 21} className="fill-slate-900 text-[13px] font-semibold">
                  {MARK[part.state]} {part.label}
                </text>
                <text x={12} y={y + 40} className="fill-slate-800 text-[12px]">
                  {STATE_WORDS[part.state]}
                  {part.computer ? ` · ${shortName(part.computer)}` : ''}
                </text>
              </g>
            );
          })}
        </svg>
        {/* For screen readers only: on paper the picture's own words say the same. */}
        <ol className="sr-only" aria-label="Where it broke, in words">
          {parts.map((part) => (
            <li key={part.id}>
              {part.label}
              {part.computer ? ` (${part.computer})` : ''}:{' '}
              <strong>{STATE_WORDS[part.state]}</strong>
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
