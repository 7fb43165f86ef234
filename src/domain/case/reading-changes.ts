import type { LayoutField } from '../field-names';
import { CASE_FIELDS, type CaseField, type CaseFieldName } from './case-fields';
import { seenIn } from './case-patch';
import { changesForPick, type PickChanges, type PickContribution } from './pick-changes';

/** One reading of an event into the case: a paste, or a failure picked from a log. */
export interface EventReading {
  /** The link values it gives; `seen` lists the related events it found, comma-separated. */
  changes: Readonly<Record<string, string>>;
  /** The event the case follows once the reading lands, with the layout of its values. */
  event: { id: number; layout: readonly (LayoutField | null)[] };
  /** Whether the link names the event (another than the default, or a log of mixed events). */
  nameEvent: boolean;
}

export interface ReadingChanges extends PickChanges {
  /**
   * After a switch of event: the earlier values the case keeps because the new event
   * carries them too (typed, or read before); the page says so, to be checked.
   */
  kept: CaseFieldName[];
}

/** The fields that come from an event: its message's values, its time, where it was logged. */
const fromAnEvent = (field: CaseField) =>
  field.name !== 'event' && (field.step === 'gather' || field.inLayout !== undefined);

/** Whether the event's values hold the field (the code is a value of every event). */
const carries = (layout: readonly (LayoutField | null)[], field: CaseField) =>
  layout.includes(field.inLayout ?? (field.name as LayoutField));

/**
 * The link change one reading makes against the case on screen now. The previous
 * reading's values and related events go unless the person changed them since, and the
 * new reading's come in. A reading of another event than the case's follows that event:
 * every value of the old one goes with the related events found for it, except the values
 * the person typed (or changed) that the new event carries too: they stay, named in `kept`.
 */
export function readingChanges(
  shown: URLSearchParams,
  reading: EventReading,
  caseEvent: number,
  previous: PickContribution | undefined,
): ReadingChanges {
  const switching = reading.event.id !== caseEvent;
  const given: Record<string, string> = reading.nameEvent
    ? { ...reading.changes, event: String(reading.event.id) }
    : { ...reading.changes };
  const base = changesForPick(
    { seen: switching ? [] : seenIn(shown), values: Object.fromEntries(shown.entries()) },
    previous,
    given,
  );
  if (!switching) return { ...base, kept: [] };
  const values = { ...base.patch.values };
  const kept: CaseFieldName[] = [];
  for (const field of CASE_FIELDS) {
    const name = field.name;
    if (!fromAnEvent(field) || name in given || !shown.get(name)) continue;
    // The previous reading's value, unchanged since: it goes already.
    if (name in values && values[name] === undefined) continue;
    if (carries(reading.event.layout, field)) kept.push(name);
    else values[name] = undefined;
  }
  // A switch back to the default event names no event: the old event's name goes too.
  if (!reading.nameEvent && shown.has('event')) values.event = undefined;
  return { patch: { ...base.patch, values }, contribution: base.contribution, kept };
}

/**
 * Whether a failure picked from a log names its event in the link: when it is another
 * event than the default, or the log mixes events (so that a pick back to the default
 * event is said too, and never read as the event picked before).
 */
export function pickNamesEvent(
  picked: number,
  failureEvents: readonly number[],
  defaultEvent: number,
): boolean {
  return picked !== defaultEvent || failureEvents.some((event) => event !== defaultEvent);
}

/**
 * A reading's changes without the values the person changed since it started (`before`
 * is the link then, `now` the link on screen): the newer action keeps its values. The
 * related events it found always add up.
 */
export function unchangedSince(
  changes: Readonly<Record<string, string>>,
  before: URLSearchParams,
  now: URLSearchParams,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(changes).filter(
      ([name]) => name === 'seen' || now.get(name) === before.get(name),
    ),
  );
}
