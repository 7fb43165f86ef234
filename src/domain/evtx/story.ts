import { GUID_TEXT } from '../guid';
import type { DecisionModel } from '../model/event-model';
import { namedEvents } from '../model/named-events';
import { caseField, type CaseFieldName } from '../case/case-fields';
import { idListParam } from '../case/id-list';
import { splitClientComputer } from '../event-reader/client-computer';
import { dataFitsLayout, readEvent } from '../event-reader/read-event';
import { timeKey, type LogEvent } from './read-log';

/** How close in time an event must be to belong to a failure, on the same computer. */
export const RELATED_WINDOW_MINUTES = 10;

export interface Story {
  /** The failures (the model's event), newest first. */
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

/**
 * The story of a log around one failure: which failures there are (newest first), which
 * events belong to the one picked, what they set in the case, and what else happened.
 */
export function storyOf(
  events: LogEvent[],
  model: Pick<DecisionModel, 'event' | 'rules' | 'notes'>,
  pick = 0,
): Story {
  const failures = events.filter((e) => e.id === model.event.id).reverse();
  const failure = failures[Math.min(pick, failures.length - 1)];
  if (!failure) return { failures, related: [], changes: {}, notes: [] };
  const tid = trackingId(failure);
  const related = events.filter(
    (e) =>
      e !== failure &&
      e.id !== model.event.id &&
      ((tid !== undefined && trackingId(e) === tid) ||
        (minutesApart(e, failure) <= RELATED_WINDOW_MINUTES &&
          (!e.computer || !failure.computer || e.computer === failure.computer))),
  );
  const wanted = namedEvents(model);
  // From the insertion strings when they fit the event's layout; else (text exports, or
  // an export with the message in one value) from the message. Checked like typed values.
  const fits = dataFitsLayout(failure.data);
  const [user, computerText, , code] = fits ? failure.data : [];
  const messageText = fits ? undefined : failure.message || failure.data.join('\n');
  const fromMessage = messageText ? readEvent(messageText, model.event.id).fields : {};
  const client = splitClientComputer(computerText ?? '');
  const raw: Partial<Record<CaseFieldName, string | undefined>> = {
    user: user ?? fromMessage.user,
    computer: client.computer ?? fromMessage.computer,
    program: client.program ?? fromMessage.program,
    tid: tid ?? fromMessage.tid,
    code: code ?? fromMessage.code,
    time: failure.time || undefined,
    host: failure.computer || undefined,
  };
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
  // Later outcomes in the file (a success, a backup, a missing backup) and a re-encryption
  // that never finished are evidence too: as seen events they become the diagnosis' notes.
  const later = events.filter(
    (e) => [10525, 10559, 10589].includes(e.id) && timeKey(e) > timeKey(failure),
  );
  const lastStart = [...events].reverse().find((e) => e.id === 10562);
  const unfinished =
    lastStart && !events.some((e) => e.id === 10528 && timeKey(e) > timeKey(lastStart))
      ? [lastStart]
      : [];
  const seen = idListParam(
    [...related, ...later, ...unfinished].map((e) => e.id).filter((id) => wanted.has(id)),
  );
  if (seen) changes.seen = seen;

  const notes: string[] = [...checkNotes];
  const notGiven = (['code', 'user', 'computer', 'tid'] as const).filter(
    (f) => !changes[f] && !raw[f],
  );
  if (notGiven.length > 0)
    notes.push(
      `The picked event did not give: ${notGiven.map((f) => caseField(f).label.toLowerCase()).join(', ')}. Enter what you know on the start step.`,
    );
  const after = (id: number) => events.some((e) => e.id === id && timeKey(e) > timeKey(failure));
  if (lastStart && unfinished.length > 0)
    notes.push(
      `Re-encryption started at ${timeKey(lastStart)} (10562) and the file shows no 10528 after it: it may still be running.`,
    );
  if (after(10525))
    notes.push('A later 10525 in the file: a secret was generated after this failure.');
  if (after(10559))
    notes.push('A later 10559 in the file: the secret was backed up after this failure.');
  if (failures.length > 1)
    notes.push(
      `The file holds ${failures.length} failures of event ${model.event.id}; the newest is picked unless you choose another.`,
    );
  return { failures, related, changes, notes };
}
