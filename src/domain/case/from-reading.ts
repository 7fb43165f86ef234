import type { ReadEventResult } from '../event-reader/read-event';
import type { DecisionModel } from '../model/event-model';
import type { Case } from './case';
import { idListParam } from './id-list';

/**
 * The link parameters a reading of pasted text sets: every field it found, and the
 * related events among the other events of the paste, added to those already seen.
 */
export function changesFromReading(
  reading: ReadEventResult,
  current: Case,
  model: Pick<DecisionModel, 'relatedEvents'>,
): Record<string, string | undefined> {
  const changes: Record<string, string | undefined> = { ...reading.fields };
  const related = new Set(model.relatedEvents.map((e) => e.id));
  const extra = reading.otherEventIds.filter((id) => related.has(id));
  if (extra.length > 0) changes.seen = idListParam([...current.seen, ...extra]);
  return changes;
}
