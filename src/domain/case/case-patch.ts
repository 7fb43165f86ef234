import type { Answer } from '../model/event-model';
import { CASE_FIELDS, checkEventId, type CaseFieldName } from './case-fields';
import { idListParam } from './id-list';
import { CONTRACT_VERSION } from './link-codec';

/** Parameters of the page's own work, not evidence: the paste on screen, guide progress. */
export type WorkingParam = 'paste' | 'done';

/**
 * One change to a case, said in the case's terms. Every writer (typing, a paste, a
 * collector block, a log import, an answer, a tick) states its change this way, and
 * `applyPatch` alone turns it into link parameters.
 */
export interface CasePatch {
  /** Values as typed or read; '' or undefined removes one. */
  values?: Partial<Record<CaseFieldName, string | undefined>>;
  /** Answers by check id; undefined takes one back. */
  answers?: Readonly<Record<string, Answer | undefined>>;
  /** Related events found: added to those the case has already seen. */
  found?: readonly number[];
  /** The related events seen as a whole list: a box ticked or unticked, a pick replaced. */
  seen?: readonly number[];
  working?: Partial<Record<WorkingParam, string | undefined>>;
}

/** The related events a link lists, as its reader would take them (bad items left out). */
export function seenIn(params: URLSearchParams): number[] {
  const raw = params.get('seen');
  if (!raw) return [];
  return raw.split(',').flatMap((item) => {
    const r = checkEventId(item);
    return r.ok ? [Number(r.value)] : [];
  });
}

/** The link after a change: the one place where a change to the case becomes parameters. */
export function applyPatch(params: URLSearchParams, patch: CasePatch): URLSearchParams {
  const next = new URLSearchParams(params);
  if (!next.has('v')) next.set('v', CONTRACT_VERSION);
  const write = (key: string, value: string | undefined) => {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  };
  for (const [name, value] of Object.entries(patch.values ?? {})) write(name, value);
  for (const [id, answer] of Object.entries(patch.answers ?? {})) write(id, answer);
  for (const [name, value] of Object.entries(patch.working ?? {})) write(name, value);
  if (patch.seen !== undefined || patch.found !== undefined) {
    const base = patch.seen ?? seenIn(params);
    write('seen', idListParam([...base, ...(patch.found ?? [])]));
  }
  return next;
}

/** Two changes as one: the later one wins a value, and the events found add up. */
export function mergePatches(...patches: ReadonlyArray<CasePatch | undefined>): CasePatch {
  const merged: CasePatch = {};
  for (const patch of patches) {
    if (!patch) continue;
    if (patch.values) merged.values = { ...merged.values, ...patch.values };
    if (patch.answers) merged.answers = { ...merged.answers, ...patch.answers };
    if (patch.working) merged.working = { ...merged.working, ...patch.working };
    if (patch.seen) merged.seen = patch.seen;
    if (patch.found) merged.found = [...(merged.found ?? []), ...patch.found];
  }
  return merged;
}

const FIELD_NAMES: ReadonlySet<string> = new Set(CASE_FIELDS.map((field) => field.name));

/**
 * A reader's parameters (a collector block says `seen` and the answers of the checks it
 * ran) as a change to the case. The events it lists are found ones: they add up.
 */
export function patchFromParams(
  params: Readonly<Record<string, string | undefined>>,
  checkIds: readonly string[],
): CasePatch {
  const patch: Required<Pick<CasePatch, 'values' | 'answers'>> & CasePatch = {
    values: {},
    answers: {},
  };
  for (const [key, value] of Object.entries(params)) {
    if (FIELD_NAMES.has(key)) patch.values[key as CaseFieldName] = value;
    else if (key === 'seen')
      patch.found = seenIn(new URLSearchParams(value === undefined ? '' : { seen: value }));
    else if (checkIds.includes(key) && (value === 'yes' || value === 'no' || value === undefined))
      (patch.answers as Record<string, Answer | undefined>)[key] = value;
  }
  return patch;
}
