import type { LogEvent } from '../../domain/evtx/read-log';
import { timeKey } from '../../domain/evtx/read-log';
import { labelLanes } from '../../lib/label-lanes';
import { shortComputer } from '../../domain/case/origins';

const SPAN_MINUTES = 30;
const WIDTH = 600;
/** One band per computer, each with its own time axis; the time scale is the same for all. */
const BAND = 130;
const AXIS_Y = 80;
const MAX_MARKS = 60;
/** Label baselines, nearest the axis first: two lanes above it, two below. */
const LANE_Y = [58, 110, 40, 128] as const;

/** A computer by its short name: the events of BTS01 and BTS01.contoso.com share a lane. */
const computerOf = (e: LogEvent) => shortComputer(e.computer) || '(no name)';
/** About the width of a five-digit id in the label font, with room to spare. */
const LABEL_WIDTH = 40;

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
  /** What an event id means, for the list in words. */
  meaning: (id: number) => string | undefined;
}

/**
 * The ENTSSO events half an hour either side of the picked failure: time across, each
 * event a mark coloured by level, the related ones named, the failure itself marked.
 * The list under it says the same in words.
 */
export function Timeline({ events, failure, related, meaning }: TimelineProps) {
  const center = at(failure);
  // The closest ones only: a busy log can hold thousands of events in an hour.
  // Each time worked out once: sorting would otherwise read it again at every comparison.
  const near = events
    .map((e) => ({ e, t: at(e) }))
    .filter(({ t }) => Math.abs(t - center) <= SPAN_MINUTES * 60_000)
    .sort((a, b) => Math.abs(a.t - center) - Math.abs(b.t - center))
    .slice(0, MAX_MARKS)
    .sort((a, b) => a.t - b.t)
    .map(({ e }) => e);
  const x = (e: LogEvent) =>
    20 + ((at(e) - center + SPAN_MINUTES * 60_000) / (2 * SPAN_MINUTES * 60_000)) * (WIDTH - 40);
  const isRelated = new Set(related);
  // A band per computer, the failure's first: a case that spans servers reads side by side.
  const computers = [
    computerOf(failure),
    ...new Set(near.map(computerOf).filter((c) => c !== computerOf(failure))),
  ];
  const bandOf = (e: LogEvent) => computers.indexOf(computerOf(e)) * BAND;
  const height = computers.length * BAND + 20;
  // Labels in lanes that never overlap, within each band; one with no room goes to the list.
  const laneOf = new Map<LogEvent, number | undefined>();
  for (const computer of computers) {
    const labelled = near.filter(
      (e) => computerOf(e) === computer && (e === failure || isRelated.has(e)),
    );
    const lanes = labelLanes(
      labelled.map(x),
      labelled.map(() => LABEL_WIDTH),
      LANE_Y.length,
    );
    labelled.forEach((e, i) => laneOf.set(e, lanes[i]));
  }
  return (
    <figure className="mt-2" aria-labelledby="timeline-title">
      <figcaption id="timeline-title" className="font-semibold">
        Around the failure (±{SPAN_MINUTES} minutes)
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        className="w-full"
        role="img"
        aria-label="ENTSSO events around the failure, a lane per computer; the list below gives them in words."
        data-testid="timeline"
      >
        {computers.map((computer, i) => (
          <g key={computer} data-lane={computer}>
            <line
              x1={20}
              x2={WIDTH - 20}
              y1={i * BAND + AXIS_Y}
              y2={i * BAND + AXIS_Y}
              className="stroke-slate-500"
              strokeWidth={1}
            />
            {computers.length > 1 ? (
              <text x={20} y={i * BAND + 24} className="fill-slate-800 text-[12px] font-semibold">
                {computer}
              </text>
            ) : null}
          </g>
        ))}
        <text x={20} y={height - 4} className="fill-slate-700 text-[11px]">
          −{SPAN_MINUTES} min
        </text>
        <text x={WIDTH - 20} y={height - 4} textAnchor="end" className="fill-slate-700 text-[11px]">
          +{SPAN_MINUTES} min
        </text>
        {near.map((e, i) => {
          const cx = x(e);
          const mark = e === failure ? 'failure' : isRelated.has(e) ? 'related' : 'other';
          const lane = laneOf.get(e);
          const top = bandOf(e);
          return (
            <g key={`${timeKey(e)}-${e.id}-${i}`} data-mark={mark} data-computer={computerOf(e)}>
              {mark === 'failure' ? (
                <rect
                  x={cx - 7}
                  y={top + AXIS_Y - 7}
                  width={14}
                  height={14}
                  className="fill-red-800"
                />
              ) : (
                <circle
                  cx={cx}
                  cy={top + AXIS_Y}
                  r={mark === 'related' ? 7 : 4}
                  className={LEVEL_CLASS[e.level ?? 4] ?? 'fill-slate-600'}
                />
              )}
              {mark !== 'other' && lane !== undefined ? (
                <text
                  x={cx}
                  y={top + (LANE_Y[lane] ?? 0)}
                  data-label-lane={lane}
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
            {e.time || e.localTime} · <span className="font-semibold">{e.id}</span>
            {computers.length > 1 ? ` on ${computerOf(e)}` : ''}
            {e === failure ? ' (the failure picked)' : isRelated.has(e) ? ' (related)' : ''}
            {meaning(e.id) ? `: ${meaning(e.id)}` : ''}
          </li>
        ))}
      </ol>
    </figure>
  );
}
