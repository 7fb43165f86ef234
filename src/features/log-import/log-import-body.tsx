import { eventOrigins } from '../../domain/case/origin-words';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { LogEvent, LogReading } from '../../domain/evtx/read-log';
import { codeOfFailure, failuresIn, storyOf, type Story } from '../../domain/evtx/story';
import { timeKey } from '../../domain/evtx/read-log';
import { eventOfLink } from '../../domain/case/link-codec';
import { pickNamesEvent, readingChanges, unchangedSince } from '../../domain/case/reading-changes';
import type { CaseFieldName } from '../../domain/case/case-fields';
import { KeptValues } from '../../components/kept-values';
import type { DecisionModel, EventModel } from '../../domain/model/event-model';
import { useAppServices, useLoadedModel } from '../../hooks/use-app-services';
import { useCaseLink } from '../../hooks/use-case-link';
import { Timeline } from './timeline';
import { useLogRead } from './use-log-read';

/** When a reading began, and the case's link then. */
interface ReadingStart {
  action: number;
  before: URLSearchParams;
}

/** The story on screen: of which read, which failure, and the model it was read with. */
interface Shown {
  reading: LogReading;
  pick: number;
  story: Story;
  /** The picked failure's own model: its words explain the timeline. */
  model: EventModel;
}

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

/** The newest failures offered to pick from; older ones are counted, not listed. */
const LISTED_FAILURES = 20;

/** How many failures of each event, as "2 × 10526, 1 × 10560". */
function failureCounts(failures: readonly LogEvent[]): string {
  const counts = new Map<number, number>();
  for (const f of failures) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  return [...counts].map(([id, n]) => `${n.toLocaleString('en-US')} × ${id}`).join(', ');
}

const describeEvent = (e: LogEvent) => `${e.time || e.localTime || 'time unknown'} · event ${e.id}`;

/** A whole log: read in a worker, the failures listed, one picked into the case. */
export default function LogImportBody({ file }: { file: File }) {
  const { update } = useCaseLink();
  const { loader, session } = useAppServices();
  const { model: caseModel, entry } = useCaseLink();
  // The case's own words: what the timeline says before a failure is picked.
  const caseWords = useLoadedModel(entry);
  const { read, cancel } = useLogRead(file);
  const reading = read.kind === 'read' ? read.reading : undefined;
  // Every event the tool triages: a log's failures of any of them are offered.
  const triaged = useMemo(() => loader.registry.map((entry) => entry.event), [loader]);
  // Built once per read: a log can hold a million failures.
  const failures = useMemo(
    () => (reading ? failuresIn(reading.entsso, triaged) : undefined),
    [reading, triaged],
  );
  const [shownStory, setShown] = useState<Shown>();
  const shown = shownStory?.reading === reading ? shownStory : undefined;
  // The failure chosen; its story follows once its event's model is at hand.
  const [choice, setChoice] = useState<{ reading: LogReading; pick: number }>();
  const pick = choice && choice.reading === reading ? choice.pick : 0;
  const [failed, setFailed] = useState<{ reading: LogReading; pick: number; event: number }>();
  const pickFailed = failed?.reading === reading ? failed : undefined;
  // The decisions of the listed failures' events: each failure's code is read where its
  // own event keeps it, as the case reads it.
  const [decisions, setDecisions] = useState<ReadonlyMap<number, DecisionModel>>(new Map());
  const model = shown?.model ?? caseWords;
  const meanings = useMemo(() => (model ? meaningsOf(model) : new Map<number, string>()), [model]);
  const meaning = (id: number) => meanings.get(id);
  // Earlier values a pick of another event kept, because that event carries them too.
  const [kept, setKept] = useState<{ event: number; fields: CaseFieldName[] }>();
  // The newest choice: a choice made while an earlier one loads its model wins, and a
  // new read cancels every choice of the one before.
  const chosen = useRef<{ reading?: LogReading; pick: number }>({ pick: -1 });
  const inputId = useId();

  // When the reading began (the file opened, a failure picked), and the case then: a
  // reading that lands after a newer one keeps that one's values.
  const opened = useRef<ReadingStart>(undefined);
  useEffect(() => {
    opened.current = { action: session.begin('reading'), before: session.shown().params };
  }, [file, session]);

  /** A failure the person picked: the choice shows at once, its story when it has loaded. */
  function choose(of: LogReading, all: LogEvent[], index: number) {
    setChoice({ reading: of, pick: index });
    const start = { action: session.begin('reading'), before: session.shown().params };
    void readIntoCase(of, all, index, start);
  }

  async function readIntoCase(
    of: LogReading,
    all: LogEvent[],
    index: number,
    start: ReadingStart | undefined,
  ) {
    chosen.current = { reading: of, pick: index };
    const isNewest = () => chosen.current.reading === of && chosen.current.pick === index;
    // With no failure in the file, the case's own event says which log to bring.
    const event = all[index]?.id ?? caseModel.event.id;
    let picked: EventModel;
    try {
      picked = await loader.model(loader.entryFor(String(event)));
    } catch {
      if (isNewest()) setFailed({ reading: of, pick: index, event });
      return;
    }
    if (!isNewest()) return;
    setFailed(undefined);
    const story = storyOf(of.entsso, picked, index, all);
    setShown({ reading: of, pick: index, story, model: picked });
    if (story.failures.length === 0) return;
    // Against the case as it is on screen now: a read ends seconds after it started, and
    // what was typed or pasted meanwhile is merged with, not written over.
    const shown = session.shown().params;
    const older = start !== undefined && !session.isNewest('reading', start.action);
    const { patch, contribution, kept } = readingChanges(
      shown,
      {
        changes: start ? unchangedSince(story.changes, start.before, shown) : story.changes,
        event: picked.event,
        nameEvent: pickNamesEvent(
          picked.event.id,
          story.failures.map((f) => f.id),
          triaged[0] ?? picked.event.id,
        ),
      },
      loader.entryFor(eventOfLink(shown)).event,
      older ? undefined : session.lastReading(),
    );
    if (!older) session.setLastReading(contribution);
    setKept(kept.length > 0 ? { event: picked.event.id, fields: kept } : undefined);
    // The values read from the log come from the computer that logged the failure.
    update({
      ...patch,
      origins: eventOrigins(Object.keys(story.changes), story.changes.host),
    });
  }

  useEffect(() => {
    if (!reading || !failures) return;
    void readIntoCase(reading, failures, 0, opened.current);
    const listed = new Set(failures.slice(0, LISTED_FAILURES).map((f) => f.id));
    void Promise.allSettled(
      [...listed].map(
        async (id) => [id, await loader.decision(loader.entryFor(String(id)))] as const,
      ),
    ).then((results) => {
      if (chosen.current.reading !== reading) return;
      const loaded = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      setDecisions(new Map(loaded));
    });
    return () => {
      chosen.current = { pick: -1 };
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first failure, once per read
  }, [reading]);

  const story = shown?.story;
  const picked = story?.failures[shown?.pick ?? 0];
  const codeOf = (f: LogEvent) => {
    const decision = decisions.get(f.id);
    return decision ? codeOfFailure(f, decision) : undefined;
  };

  const notes = reading ? [...reading.notes.slice(0, 6), ...(story?.notes ?? [])] : [];
  return (
    <div className="space-y-2 text-sm" data-testid="log-import">
      {read.kind === 'reading' || (reading && !story && !pickFailed) ? (
        <div role="status" className="flex flex-wrap items-center gap-3">
          <span>Reading {file.name}…</span>
          <progress
            aria-label="Reading the log"
            max={read.kind === 'reading' ? (read.progress?.total ?? 1) : 1}
            value={read.kind === 'reading' ? (read.progress?.done ?? 0) : 1}
          />
          {read.kind === 'reading' ? (
            <button
              type="button"
              onClick={cancel}
              className="rounded border border-slate-600 bg-white px-3 py-1 font-medium text-slate-900"
            >
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}
      {read.kind === 'failed' ? (
        <p role="alert" className="text-red-800" data-testid="log-error">
          {file.name}: {read.message}
        </p>
      ) : null}
      {reading && failures && (story || pickFailed) ? (
        <div role="status" data-testid="log-summary">
          <p>
            Read {reading.total.toLocaleString('en-US')} events from {file.name} (
            {FORMAT_NAMES[reading.format]}):{' '}
            {reading.entsso.length === 0
              ? 'none came from ENTSSO.'
              : `${reading.entsso.length} from ENTSSO, ${failures.length} of them failures (${failureCounts(failures)}).`}
          </p>
          {failures.length === 0 ? (
            <WhichLog eventId={caseModel.event.id} loggedOn={model?.text.loggedOn} />
          ) : null}
          {notes.length > 0 ? (
            <ul className="list-disc pl-5 text-slate-800">
              {notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {reading && failures && failures.length > 0 && (story || pickFailed) ? (
        <fieldset>
          <legend className="font-semibold">Which failure? (newest first)</legend>
          {failures.slice(0, LISTED_FAILURES).map((f, index) => (
            <label key={`${timeKey(f)}-${index}`} className="flex items-center gap-2">
              <input
                type="radio"
                name={`${inputId}-pick`}
                checked={pick === index}
                onChange={() => choose(reading, failures, index)}
              />
              {describeEvent(f)}
              {codeOf(f) ? ` · code ${codeOf(f)}` : ''}
            </label>
          ))}
          {failures.length > LISTED_FAILURES ? (
            <p className="text-slate-700">
              and {(failures.length - LISTED_FAILURES).toLocaleString('en-US')} older ones.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {reading && failures && pickFailed ? (
        <p role="alert" className="text-red-800" data-testid="pick-error">
          What event {pickFailed.event} means could not be loaded (the connection may have dropped),
          so this failure is not in the case yet.{' '}
          <button
            type="button"
            className="font-semibold text-blue-800 underline"
            onClick={() => choose(reading, failures, pickFailed.pick)}
          >
            Load it again
          </button>
        </p>
      ) : null}
      {kept ? <KeptValues event={kept.event} fields={kept.fields} /> : null}
      {reading && story && picked ? (
        <Timeline
          events={reading.entsso}
          failure={picked}
          related={story.related}
          meaning={meaning}
        />
      ) : null}
    </div>
  );
}

/** What to bring when the log holds no failure: the right log, and how to save it. */
function WhichLog({ eventId, loggedOn }: { eventId: number; loggedOn: string | undefined }) {
  return (
    <div className="rounded border border-amber-700 bg-amber-50 p-2" data-testid="which-log">
      <p>
        ENTSSO writes event {eventId} to the <strong>Application</strong> log of{' '}
        {loggedOn ?? 'the computer that logged it'}. Save that log and open it here:
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
