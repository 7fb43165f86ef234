import type { EventField, ReadEventResult } from '../event-reader/read-event';
import type { DecisionModel } from '../model/event-model';
import { namedEvents } from '../model/named-events';
import type { Case } from './case';
import { caseField, showInvisible } from './case-fields';
import { idListParam } from './id-list';

export interface FieldsFromReading {
  /** Link parameters to set: each value passed the same checks as a typed or linked one. */
  changes: Record<string, string | undefined>;
  /** Fields filled, in the reader's order. */
  found: EventField[];
  /** What was cleaned, and what was left out and why. */
  notes: string[];
}

/**
 * What a reading of pasted text sets in the case: every field it found, checked by the
 * case-field table (cleaned with a note, or left out with the reason), and the related
 * events among the other events of the paste, added to those already seen.
 */
export function fieldsFromReading(
  reading: ReadEventResult,
  current: Case,
  model: Pick<DecisionModel, 'rules' | 'notes'>,
): FieldsFromReading {
  const changes: Record<string, string | undefined> = {};
  const found: EventField[] = [];
  const notes: string[] = [];
  for (const [name, value] of Object.entries(reading.fields) as Array<[EventField, string]>) {
    const field = caseField(name);
    const r = field.check(value);
    if (r.ok) {
      changes[name] = r.value;
      found.push(name);
      if (r.note) notes.push(`${field.label}: ${r.note}`);
    } else {
      notes.push(`${field.label} "${showInvisible(value.slice(0, 60))}" was left out: ${r.reason}`);
    }
  }
  const related = namedEvents(model);
  const extra = reading.otherEventIds.filter((id) => related.has(id));
  if (extra.length > 0) changes.seen = idListParam([...current.seen, ...extra]);
  return { changes, found, notes };
}
