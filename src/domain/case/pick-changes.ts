import type { CaseFieldName } from './case-fields';
import type { CasePatch } from './case-patch';

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
