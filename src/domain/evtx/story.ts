import { GUID_TEXT } from '../guid';
import type { DecisionModel } from '../model/event-model';
import { namedEvents } from '../model/named-events';
import { caseField, type CaseFieldName } from '../case/case-fields';
import { idListParam } from '../case/id-list';
import { splitClientComputer } from '../event-reader/client-computer';
import { codeToken, readEvent, valuesByLayout } from '../event-reader/read-event';
import type { LayoutField } from '../model/event-model';
import { timeKey, type LogEvent } from './read-log';

/** How close in time an event must be to belong to a failure, on the same computer. */
export const RELATED_WINDOW_MINUTES = 10;

export interface Story {
  /** The failures (of every event the tool triages), newest first. */
  failures: LogEvent[];
  /** The events that belong to the picked failure: same Tracking ID, or near it on its computer. */
  related: LogEvent[];
  /** Link parameters the picked failure and its related events set. */
  changes: Record<string, string>;
  /** Other trouble in the file worth knowing. */
  notes: string[];
}

const GUID = new RegExp(`\\{?(${GUID_TEXT})\\}?`, 'i');

function minutesApart(a: LogEvent, b: LogEvent): number {
  const ta = Date.parse(timeKey(a) + (a.time ? '' : 'Z'));
  const tb = Date.parse(timeKey(b) + (b.time ? '' : 'Z'));
  return Number.isNaN(ta) || Number.isNaN(tb) ? Infinity : Math.abs(ta - tb) / 60_000;
}

/** The failures in a log, of any of these events, newest first. */
export function failuresIn(events: readonly LogEvent[], ids: readonly number[]): LogEvent[] {
  const wanted = new Set(ids);
  return events.filter((e) => wanted.has(e.id)).reverse();
}

const LABELLED_TID = new RegExp(`Tracking\\s*ID\\s*:\\s*\\{?(${GUID_TEXT})`, 'i');

/**
 * The Tracking ID of an event: its third insertion string, or a GUID in its message (or in
 * its one value, when an export put the whole message there) after "Tracking ID:".
 */
function trackingId(e: LogEvent): string | undefined {
  const message = e.message ?? (e.data.length < 3 ? e.data.join('\n') : '');
  return (
    GUID.exec(e.data[2] ?? '')?.[1] ??
    LABELLED_TID.exec(message)?.[1] ??
    GUID.exec(e.message ?? '')?.[1]
  )?.toLowerCase();
}

type StoryModel = Pick<DecisionModel, 'event' | 'rules' | 'notes'>;

/**
 * Work the model watches for that started and did not finish: the newest start of each
 * "event without its closing event" the rules and notes name, when no closing event follows.
 */
function unfinishedWork(
  events: readonly LogEvent[],
  model: StoryModel,
): { start: LogEvent; without: number }[] {
  const pairs = [...model.rules, ...model.notes].flatMap((r) =>
    r.anyOf.flatMap((t) => (t.kind === 'event-without' ? [t] : [])),
  );
  const found: { start: LogEvent; without: number }[] = [];
  for (const pair of new Map(pairs.map((p) => [`${p.event}/${p.without}`, p])).values()) {
    let start: LogEvent | undefined;
    for (let i = events.length - 1; i >= 0 && !start; i--)
      if (events[i]?.id === pair.event) start = events[i];
    if (start && !events.some((e) => e.id === pair.without && timeKey(e) > timeKey(start)))
      found.push({ start, without: pair.without });
  }
  return found;
}

/**
 * From the insertion strings when they fit the event's layout; else (text exports, or an
 * export with the message in one value) from the message.
 */
function messageFields(
  failure: LogEvent,
  values: Partial<Record<LayoutField, string>>,
  model: StoryModel,
): Partial<Record<CaseFieldName, string>> {
  if (Object.keys(values).length > 0) return {};
  return readEvent(failure.message || failure.data.join('\n'), model.event).fields;
}

const codeFrom = (
  values: Partial<Record<LayoutField, string>>,
  fromMessage: Partial<Record<CaseFieldName, string>>,
) => (values.code && codeToken(values.code)) ?? fromMessage.code;

/**
 * The error code a failure carries, read from the same place the case takes it from: its
 * layout's place for the code, else its message. Read with the failure's own model.
 */
export function codeOfFailure(failure: LogEvent, model: StoryModel): string | undefined {
  const values = valuesByLayout(failure.data, model.event.layout);
  const code = codeFrom(values, messageFields(failure, values, model));
  const checked = code === undefined ? undefined : caseField('code').check(code);
  return checked?.ok ? checked.value : undefined;
}

/**
 * The story of a log around one failure: which failures there are (newest first), which
 * events belong to the one picked, what they set in the case, and what else happened.
 * The model is the picked failure's own: its layout reads the failure's values.
 */
export function storyOf(
  events: LogEvent[],
  model: StoryModel,
  pick = 0,
  failures: LogEvent[] = failuresIn(events, [model.event.id]),
): Story {
  const failure = failures[Math.min(pick, failures.length - 1)];
  if (!failure) return { failures, related: [], changes: {}, notes: [] };
  if (failure.id !== model.event.id)
    throw new Error(`Event ${failure.id} is read with the model of event ${model.event.id}.`);
  const layout = model.event.layout;
  // Only an event whose layout has a Tracking ID is matched by one: a 10560's MSIDs are GUIDs
  // too. Its place in the values is the layout's; the message's label comes next.
  const values = valuesByLayout(failure.data, layout);
  const tid = layout.includes('tid')
    ? (GUID.exec(values.tid ?? '')?.[1]?.toLowerCase() ?? trackingId(failure))
    : undefined;
  const related = events.filter(
    (e) =>
      e !== failure &&
      e.id !== failure.id &&
      ((tid !== undefined && trackingId(e) === tid) ||
        (minutesApart(e, failure) <= RELATED_WINDOW_MINUTES &&
          (!e.computer || !failure.computer || e.computer === failure.computer))),
  );
  const wanted = namedEvents(model);
  // Checked like typed values, below.
  const fromMessage = messageFields(failure, values, model);
  const client = splitClientComputer(values.computer ?? '');
  const raw: Partial<Record<CaseFieldName, string | undefined>> = {
    user: values.user ?? fromMessage.user,
    computer: client.computer ?? fromMessage.computer,
    program: client.program ?? fromMessage.program,
    tid: tid ?? fromMessage.tid,
    code: codeFrom(values, fromMessage),
    time: failure.time || undefined,
    host: failure.computer || undefined,
  };
  // The values only some events carry (a file name, MSIDs, a secret server name).
  for (const field of ['backup', 'msid', 'prevmsid', 'secretno', 'triedserver'] as const)
    if (layout.includes(field)) raw[field] = values[field] ?? fromMessage[field];
  const changes: Record<string, string> = {};
  // What the checks refused or cleaned is said, as for a paste: never dropped in silence.
  const checkNotes: string[] = [];
  for (const [name, value] of Object.entries(raw) as Array<[CaseFieldName, string | undefined]>) {
    const checked = value ? caseField(name).check(value) : undefined;
    if (!checked) continue;
    if (checked.ok) {
      changes[name] = checked.value;
      if (checked.note) checkNotes.push(`${caseField(name).label}: ${checked.note}`);
    } else checkNotes.push(`${caseField(name).label} was left out: ${checked.reason}`);
  }
  // Later outcomes in the file (the events the model's notes watch for: a success, a
  // backup) and work that started but never finished are evidence too, as seen events.
  const outcomes = new Set(
    model.notes.flatMap((n) => n.anyOf.flatMap((t) => (t.kind === 'event' ? [t.event] : []))),
  );
  const later = events.filter((e) => outcomes.has(e.id) && timeKey(e) > timeKey(failure));
  const unfinished = unfinishedWork(events, model);
  const seen = idListParam(
    [...related, ...later, ...unfinished.map((u) => u.start)]
      .map((e) => e.id)
      .filter((id) => wanted.has(id)),
  );
  if (seen) changes.seen = seen;

  const notes: string[] = [...checkNotes];
  // The code first, then the rest of what the event's message carries.
  const notGiven = ['code' as const, ...layout.filter((f) => f !== null && f !== 'code')]
    .filter((f): f is NonNullable<typeof f> => f !== null)
    .filter((f) => !changes[f] && !raw[f]);
  if (notGiven.length > 0)
    notes.push(
      `The picked event did not give: ${notGiven.map((f) => caseField(f).label.toLowerCase()).join(', ')}. Enter what you know on the start step.`,
    );
  for (const { start, without } of unfinished)
    notes.push(
      `Event ${start.id} at ${timeKey(start)} has no ${without} after it in the file: what it started may still be running.`,
    );
  const laterIds = [...new Set(later.map((e) => e.id))];
  if (laterIds.length > 0)
    notes.push(
      `Logged after this failure: event ${laterIds.join(', ')}. The result says what ${laterIds.length > 1 ? 'they mean' : 'it means'}.`,
    );
  if (failures.length > 1)
    notes.push(
      `The file holds ${failures.length} failures; the newest is picked unless you choose another.`,
    );
  return { failures, related, changes, notes };
}
