import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LogEvent, LogReading } from '../../domain/evtx/read-log';
import { failuresIn, storyOf, type Story } from '../../domain/evtx/story';
import { timeKey } from '../../domain/evtx/read-log';
import { changesForPick, type PickContribution } from '../../domain/case/pick-changes';
import type { EventModel } from '../../domain/model/event-model';
import { parseLink } from '../../domain/case/link-codec';
import type { AppLoader } from '../../lib/app-loader';
import { useAppServices } from '../../hooks/use-app-services';
import { useCaseLink } from '../../hooks/use-case-link';
import { useEventModel } from '../../hooks/use-event-model';
import { readLogFile, type LogProgress } from '../../lib/log-file';
import { Timeline } from './timeline';

type State = { file?: File } & (
  | { kind: 'reading'; name: string; progress?: LogProgress }
  | {
      kind: 'read';
      name: string;
      reading: LogReading;
      /** The failure chosen; the story is of `storyPick`, which follows once its model loads. */
      pick: number;
      storyPick: number;
      story: Story;
      /** The picked failure's own model: its words explain the timeline. */
      model: EventModel;
    }
  | { kind: 'failed'; name: string; message: string }
);

const FORMAT_NAMES: Readonly<Record<LogReading['format'], string>> = {
  evtx: 'a Windows event log (.evtx)',
  xml: "Event Viewer's XML export",
  csv: "Event Viewer's CSV export",
  tsv: "Event Viewer's tab-separated export",
  text: 'wevtutil or Get-WinEvent text',
};

/** What each event of the model means, by ID, for the timeline. */
const meaningsOf = (model: EventModel) =>
  new Map<number, string>([
    [
      model.event.id,
      `${model.event.summary.charAt(0).toUpperCase()}${model.event.summary.slice(1)}.`,
    ],
    ...model.text.relatedEvents.map((e) => [e.id, e.tells] as const),
  ]);

/** The story of one failure, read with that failure's own model. */
async function storyOfPick(
  loader: AppLoader,
  events: LogEvent[],
  failures: LogEvent[],
  pick: number,
  event: number,
) {
  // With no failure in the file, the case's own event says which log to bring.
  const model = await loader.model(loader.entryFor(String(failures[pick]?.id ?? event)));
  return { story: storyOf(events, model, pick, failures), model };
}

/** The newest failures offered to pick from; older ones are counted, not listed. */
const LISTED_FAILURES = 20;

/** How many failures of each event, as "2 × 10526, 1 × 10560". */
function failureCounts(failures: readonly LogEvent[]): string {
  const counts = new Map<number, number>();
  for (const f of failures) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${n.toLocaleString('en-US')} × ${id}`).join(', ');
}

/** The error code a failure carries: its last value, where every triaged event keeps it. */
const codeOf = (e: LogEvent) => e.data.at(-1)?.match(/^\s*(0x[0-9a-f]{1,8})\b/i)?.[1];

const describeEvent = (e: LogEvent) => `${e.time || e.localTime || 'time unknown'} · event ${e.id}`;

/** A whole log: read in a worker, the failures listed, one picked into the case. */
export default function LogImportBody({ file }: { file: File }) {
  const { update } = useCaseLink();
  const { loader, session } = useAppServices();
  // Every event the tool triages: a log's failures of any of them are offered.
  const triaged = loader.registry.map((entry) => entry.event);
  const caseModel = useEventModel();
  const [stored, setState] = useState<State>({ kind: 'reading', name: file.name, file });
  // Until the read of a new file reports, it shows as being read.
  const state: State = stored.file === file ? stored : { kind: 'reading', name: file.name, file };
  const model = state.kind === 'read' ? state.model : caseModel;
  const meanings = useMemo(() => meaningsOf(model), [model]);
  const meaning = (id: number) => meanings.get(id);
  const abort = useRef<AbortController | undefined>(undefined);
  // What the picked failure wrote, so that picking another one takes it back out.
  const lastPick = useRef<PickContribution | undefined>(undefined);
  // The newest choice: a choice made while an earlier one loads its model wins.
  const chosen = useRef(0);
  const inputId = useId();

  function apply(story: Story, picked: EventModel) {
    // The case as it is on screen now: a read ends seconds after it started, and what
    // was typed or pasted meanwhile must be merged with, not written over.
    const shown = session.shown().params;
    const values = Object.fromEntries(shown.entries());
    // A pick of another event moves the case to that event's model; a log of mixed
    // events names the event on every pick, so that switching back is said too.
    const id = picked.event.id;
    const named =
      id !== caseModel.event.id || story.failures.some((f) => f.id !== triaged[0])
        ? { ...story.changes, event: String(id) }
        : story.changes;
    const { patch, contribution } = changesForPick(
      { seen: parseLink(shown, picked).case.seen, values },
      lastPick.current,
      named,
    );
    lastPick.current = contribution;
    update(patch);
  }

  async function open(file: File, controller: AbortController) {
    // A read replaced by a newer file, or stopped because the panel went, says nothing.
    const current = () => abort.current === controller;
    try {
      const reading = await readLogFile(
        file,
        (progress) => {
          if (current()) setState({ kind: 'reading', name: file.name, progress, file });
        },
        controller.signal,
      );
      if (!current()) return;
      // Built once per pick: a log can hold a million failures.
      const failures = failuresIn(reading.entsso, triaged);
      const { story, model: picked } = await storyOfPick(
        loader,
        reading.entsso,
        failures,
        0,
        caseModel.event.id,
      );
      if (!current()) return;
      chosen.current = 0;
      setState({
        kind: 'read',
        name: file.name,
        reading,
        pick: 0,
        storyPick: 0,
        story,
        model: picked,
        file,
      });
      if (story.failures.length > 0) apply(story, picked);
    } catch (error) {
      if (!current()) return;
      if ((error as Error).name === 'AbortError')
        setState({ kind: 'failed', name: file.name, message: 'Reading was cancelled.', file });
      else setState({ kind: 'failed', name: file.name, message: (error as Error).message, file });
    }
  }

  useEffect(() => {
    const controller = new AbortController();
    abort.current = controller;
    void open(file, controller);
    // Leaving the step or opening another file ends this read and its worker.
    return () => {
      abort.current = undefined;
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one read per file
  }, [file]);

  async function pick(index: number) {
    if (state.kind !== 'read') return;
    // The choice shows at once; its story follows when the event's model is at hand.
    chosen.current = index;
    setState({ ...state, pick: index });
    const { story, model: picked } = await storyOfPick(
      loader,
      state.reading.entsso,
      state.story.failures,
      index,
      caseModel.event.id,
    );
    if (chosen.current !== index) return;
    setState((now) =>
      now.kind === 'read' && now.file === state.file
        ? { ...now, storyPick: index, story, model: picked }
        : now,
    );
    apply(story, picked);
  }

  const story = state.kind === 'read' ? state.story : undefined;
  const picked = story?.failures[state.kind === 'read' ? state.storyPick : 0];

  return (
    <div className="space-y-2 text-sm" data-testid="log-import">
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
              : `${state.reading.entsso.length} from ENTSSO, ${story.failures.length} of them failures (${failureCounts(story.failures)}).`}
          </p>
          {story.failures.length === 0 ? (
            <WhichLog eventId={model.event.id} loggedOn={model.text.loggedOn} />
          ) : null}
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
                onChange={() => void pick(index)}
              />
              {describeEvent(f)}
              {codeOf(f) ? ` · code ${codeOf(f)}` : ''}
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
        <Timeline
          events={state.reading.entsso}
          failure={picked}
          related={story.related}
          meaning={meaning}
        />
      ) : null}
    </div>
  );
}

/** What to bring when the log holds no failure: the right log, and how to save it. */
function WhichLog({ eventId, loggedOn }: { eventId: number; loggedOn: string }) {
  return (
    <div className="rounded border border-amber-700 bg-amber-50 p-2" data-testid="which-log">
      <p>
        ENTSSO writes event {eventId} to the <strong>Application</strong> log of {loggedOn}. Save
        that log and open it here:
      </p>
      <ul className="mt-1 list-disc pl-5">
        <li>
          Event Viewer: Windows Logs, right-click Application, Save All Events As, type Event Files
          (*.evtx).
        </li>
        <li>
          Or in a command window on that computer:{' '}
          <code>wevtutil epl Application %TEMP%\Application.evtx</code>
        </li>
      </ul>
    </div>
  );
}
