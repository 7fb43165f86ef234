import { useId, useMemo, useRef, useState } from 'react';
import type { LogEvent, LogReading } from '../domain/evtx/read-log';
import { storyOf, type Story } from '../domain/evtx/story';
import { timeKey } from '../domain/evtx/read-log';
import { changesForPick, type PickContribution } from '../domain/case/pick-changes';
import { MODEL, useCaseLink } from '../hooks/use-case-link';
import { readLogFile, type LogProgress } from '../lib/log-file';
import { Timeline } from './timeline';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string; progress?: LogProgress }
  | { kind: 'read'; name: string; reading: LogReading; pick: number }
  | { kind: 'failed'; name: string; message: string };

const FORMAT_NAMES: Readonly<Record<LogReading['format'], string>> = {
  evtx: 'a Windows event log (.evtx)',
  xml: "Event Viewer's XML export",
  csv: "Event Viewer's CSV export",
  tsv: "Event Viewer's tab-separated export",
  text: 'wevtutil or Get-WinEvent text',
};

/** The newest failures offered to pick from; older ones are counted, not listed. */
const LISTED_FAILURES = 20;

const describeEvent = (e: LogEvent) => `${e.time || e.localTime || 'time unknown'} · event ${e.id}`;

/** Open or drop a whole log: read in a worker, the failures listed, one picked into the case. */
export default function LogImportBody() {
  const { case: current, params, update } = useCaseLink();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | undefined>(undefined);
  // What the picked failure wrote, so that picking another one takes it back out.
  const lastPick = useRef<PickContribution | undefined>(undefined);
  const inputId = useId();

  function apply(story: Story) {
    const values = Object.fromEntries(params.entries());
    const { update: changes, contribution } = changesForPick(
      { seen: current.seen, values },
      lastPick.current,
      story.changes,
    );
    lastPick.current = contribution;
    update(changes);
  }

  async function open(file: File | undefined) {
    if (!file) return;
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'reading', name: file.name });
    try {
      const reading = await readLogFile(
        file,
        (progress) => setState({ kind: 'reading', name: file.name, progress }),
        controller.signal,
      );
      setState({ kind: 'read', name: file.name, reading, pick: 0 });
      const story = storyOf(reading.entsso, MODEL, 0);
      if (story.failures.length > 0) apply(story);
    } catch (error) {
      if ((error as Error).name === 'AbortError')
        setState({ kind: 'failed', name: file.name, message: 'Reading was cancelled.' });
      else setState({ kind: 'failed', name: file.name, message: (error as Error).message });
    }
  }

  function pick(index: number) {
    if (state.kind !== 'read') return;
    setState({ ...state, pick: index });
    apply(storyOf(state.reading.entsso, MODEL, index));
  }

  const reading = state.kind === 'read' ? state.reading : undefined;
  const pickIndex = state.kind === 'read' ? state.pick : 0;
  // Once per reading and pick: a log can hold many thousand ENTSSO events.
  const story = useMemo(
    () => (reading ? storyOf(reading.entsso, MODEL, pickIndex) : undefined),
    [reading, pickIndex],
  );
  const picked = story?.failures[state.kind === 'read' ? state.pick : 0];

  return (
    <div
      className="mt-2 space-y-2 text-sm"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void open(e.dataTransfer.files[0]);
      }}
      data-testid="log-import"
    >
      <p>
        Open an exported log (or drop it here): <code>.evtx</code>, or Event Viewer&apos;s
        &quot;Save All Events As&quot; in XML, CSV or tab-separated text, or saved wevtutil /
        Get-WinEvent output. It is read in this browser and sent nowhere.
      </p>
      <label htmlFor={inputId} className="font-medium">
        Log file
      </label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".evtx,.xml,.csv,.txt,.log"
        onChange={(e) => void open(e.target.files?.[0])}
      />
      {state.kind === 'reading' ? (
        <div role="status" className="flex flex-wrap items-center gap-3">
          <span>Reading {state.name}…</span>
          <progress
            aria-label="Reading the log"
            max={state.progress?.total ?? 1}
            value={state.progress?.done ?? 0}
          />
          <button
            type="button"
            onClick={() => abort.current?.abort()}
            className="rounded border border-slate-600 bg-white px-3 py-1 font-medium text-slate-900"
          >
            Cancel
          </button>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p role="alert" className="text-red-800" data-testid="log-error">
          {state.name}: {state.message}
        </p>
      ) : null}
      {state.kind === 'read' && story ? (
        <div role="status" data-testid="log-summary">
          <p>
            Read {state.reading.total.toLocaleString('en-US')} events from {state.name} (
            {FORMAT_NAMES[state.reading.format]}):{' '}
            {state.reading.entsso.length === 0
              ? 'none came from ENTSSO.'
              : `${state.reading.entsso.length} from ENTSSO, ${story.failures.length} of them failures to generate the secret (${MODEL.event.id}).`}
          </p>
          {[...state.reading.notes.slice(0, 6), ...story.notes].length > 0 ? (
            <ul className="list-disc pl-5 text-slate-800">
              {[...state.reading.notes.slice(0, 6), ...story.notes].map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.kind === 'read' && story && story.failures.length > 0 ? (
        <fieldset>
          <legend className="font-semibold">Which failure? (newest first)</legend>
          {story.failures.slice(0, LISTED_FAILURES).map((f, index) => (
            <label key={`${timeKey(f)}-${index}`} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${inputId}-pick`}
                checked={state.pick === index}
                onChange={() => pick(index)}
              />
              {describeEvent(f)}
              {f.data[3] ? ` · code ${f.data[3]}` : ''}
            </label>
          ))}
          {story.failures.length > LISTED_FAILURES ? (
            <p className="text-slate-700">
              and {(story.failures.length - LISTED_FAILURES).toLocaleString('en-US')} older ones.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {state.kind === 'read' && story && picked ? (
        <Timeline events={state.reading.entsso} failure={picked} related={story.related} />
      ) : null}
    </div>
  );
}
