import type { LogEvent } from '../domain/evtx/read-log';
import { timeKey } from '../domain/evtx/read-log';

const SPAN_MINUTES = 30;
const WIDTH = 600;
const HEIGHT = 120;
const MAX_MARKS = 60;

const LEVEL_CLASS: Readonly<Record<number, string>> = {
  1: 'fill-red-800',
  2: 'fill-red-700',
  3: 'fill-amber-600',
  4: 'fill-blue-700',
};

const at = (e: LogEvent) => Date.parse(timeKey(e) + (e.time ? '' : 'Z'));

interface TimelineProps {
  events: LogEvent[];
  failure: LogEvent;
  related: LogEvent[];
}

/**
 * The ENTSSO events half an hour either side of the picked failure: time across, each
 * event a mark coloured by level, the related ones named, the failure itself marked.
 * The list under it says the same in words.
 */
export function Timeline({ events, failure, related }: TimelineProps) {
  const center = at(failure);
  // The closest ones only: a busy log can hold thousands of events in an hour.
  const near = events
    .filter((e) => Math.abs(at(e) - center) <= SPAN_MINUTES * 60_000)
    .sort((a, b) => Math.abs(at(a) - center) - Math.abs(at(b) - center))
    .slice(0, MAX_MARKS)
    .sort((a, b) => at(a) - at(b));
  const x = (e: LogEvent) =>
    20 + ((at(e) - center + SPAN_MINUTES * 60_000) / (2 * SPAN_MINUTES * 60_000)) * (WIDTH - 40);
  const isRelated = new Set(related);
  return (
    <figure className="mt-2" aria-labelledby="timeline-title">
      <figcaption id="timeline-title" className="font-semibold">
        Around the failure (±{SPAN_MINUTES} minutes)
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full"
        role="img"
        aria-label="ENTSSO events around the failure; the list below gives them in words."
        data-testid="timeline"
      >
        <line
          x1={20}
          x2={WIDTH - 20}
          y1={70}
          y2={70}
          className="stroke-slate-500"
          strokeWidth={1}
        />
        <text x={20} y={112} className="fill-slate-700 text-[11px]">
          −{SPAN_MINUTES} min
        </text>
        <text x={WIDTH - 20} y={112} textAnchor="end" className="fill-slate-700 text-[11px]">
          +{SPAN_MINUTES} min
        </text>
        {near.map((e, i) => {
          const cx = x(e);
          const mark = e === failure ? 'failure' : isRelated.has(e) ? 'related' : 'other';
          return (
            <g key={`${timeKey(e)}-${e.id}-${i}`} data-mark={mark}>
              {mark === 'failure' ? (
                <rect x={cx - 7} y={63} width={14} height={14} className="fill-red-800" />
              ) : (
                <circle
                  cx={cx}
                  cy={70}
                  r={mark === 'related' ? 7 : 4}
                  className={LEVEL_CLASS[e.level ?? 4] ?? 'fill-slate-600'}
                />
              )}
              {mark !== 'other' ? (
                <text
                  x={cx}
                  y={i % 2 === 0 ? 48 : 96}
                  textAnchor="middle"
                  className="fill-slate-900 text-[12px] font-semibold"
                >
                  {e.id}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <ol className="list-disc pl-5 text-sm" aria-label="Around the failure, in words">
        {near.map((e, i) => (
          <li key={`${timeKey(e)}-${e.id}-${i}`}>
            {e.time || e.localTime} · {e.id}
            {e === failure ? ' (the failure picked)' : isRelated.has(e) ? ' (related)' : ''}
          </li>
        ))}
      </ol>
    </figure>
  );
}
