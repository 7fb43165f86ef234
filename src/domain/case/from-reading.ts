import type { EventField, ReadEventResult } from '../event-reader/read-event';
import type { DecisionModel } from '../model/event-model';
import { namedEvents } from '../model/named-events';
import { caseField, showInvisible, type CaseFieldName } from './case-fields';
import type { CasePatch } from './case-patch';

export interface FieldsFromReading {
  /** The change to the case: each value passed the same checks as a typed or linked one. */
  patch: CasePatch;
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
  model: Pick<DecisionModel, 'rules' | 'notes'>,
): FieldsFromReading {
  const values: Partial<Record<CaseFieldName, string>> = {};
  const found: EventField[] = [];
  const notes: string[] = [];
  for (const [name, value] of Object.entries(reading.fields) as Array<[EventField, string]>) {
    const field = caseField(name);
    const r = field.check(value);
    if (r.ok) {
      values[name] = r.value;
      found.push(name);
      if (r.note) notes.push(`${field.label}: ${r.note}`);
    } else {
      notes.push(`${field.label} "${showInvisible(value.slice(0, 60))}" was left out: ${r.reason}`);
    }
  }
  const related = namedEvents(model);
  const extra = reading.otherEventIds.filter((id) => related.has(id));
  const patch: CasePatch = extra.length > 0 ? { values, found: extra } : { values };
  return { patch, found, notes };
}
