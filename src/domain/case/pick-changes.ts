import type { CaseFieldName } from './case-fields';
import type { DecisionModel } from '../model/event-model';
import type { CasePatch } from './case-patch';
import { parseLink } from './link-codec';

/** What one picked failure wrote into the case: its values, and the related events it added. */
export interface PickContribution {
  fields: Readonly<Record<string, string>>;
  seen: readonly number[];
}

export interface PickChanges {
  /** The change to write: values in and out, and the related events as they now stand. */
  patch: CasePatch;
  contribution: PickContribution;
}

/**
 * The link changes that make a newly picked failure the case's evidence: the previous
 * pick's values and related events go (unless the person changed a value since), the new
 * pick's come in, and what was in the case before any pick stays.
 */
export function changesForPick(
  current: { seen: readonly number[]; values: Readonly<Record<string, string | undefined>> },
  previous: PickContribution | undefined,
  picked: Readonly<Record<string, string>>,
): PickChanges {
  const { seen: pickedSeen = '', ...fields } = picked;
  const before = current.seen.filter((id) => !previous?.seen.includes(id));
  const ids = pickedSeen.split(',').filter(Boolean).map(Number);
  const values: Partial<Record<CaseFieldName, string | undefined>> = {};
  for (const [name, value] of Object.entries(previous?.fields ?? {}))
    if (current.values[name] === value) values[name as CaseFieldName] = undefined;
  Object.assign(values, fields);
  return {
    patch: { values, seen: [...before, ...ids] },
    contribution: { fields, seen: ids.filter((id) => !before.includes(id)) },
  };
}

/** A failure picked from a log, as the merge needs it. */
export interface PickedFailure {
  /** The picked failure's own model: its event, and its checks to read the link with. */
  model: Pick<DecisionModel, 'checks'> & { event: { id: number } };
  /** What the failure and its related events set (the log story's changes). */
  changes: Readonly<Record<string, string>>;
  /** The events of every failure the log lists. */
  failureEvents: readonly number[];
}

/**
 * The link change a pick makes, against the case as it is on screen now (a read ends
 * seconds after it started, and what was typed or pasted meanwhile is merged with, not
 * written over). A pick of another event than the case's moves the case to that event; a
 * log of mixed events names the event on every pick, so that switching back is said too.
 */
export function pickIntoCase(
  shown: URLSearchParams,
  picked: PickedFailure,
  caseEvent: number,
  defaultEvent: number,
  previous: PickContribution | undefined,
): PickChanges {
  const id = picked.model.event.id;
  const named =
    id !== caseEvent || picked.failureEvents.some((event) => event !== defaultEvent)
      ? { ...picked.changes, event: String(id) }
      : picked.changes;
  return changesForPick(
    { seen: parseLink(shown, picked.model).case.seen, values: Object.fromEntries(shown.entries()) },
    previous,
    named,
  );
}
