import type { Answer } from '../model/event-model';
import { CASE_FIELDS, checkEventId, type CaseFieldName } from './case-fields';
import { idListParam } from './id-list';
import { CONTRACT_VERSION } from './link-codec';
import { halfParams, type OtherHalf } from './other-half';
import {
  detailParam,
  disagreeParam,
  linkDetail,
  linkSaid,
  linkOrigin,
  ORIGINS_VERSION,
  originParam,
  type Origin,
} from './origins';

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
  /**
   * Where the values and answers of this change came from, by name. A value or answer
   * written without one is typed: any origin it had goes.
   */
  origins?: Readonly<Record<string, Origin>>;
  /** What a collector's probe saw, by the value or answer it gave. */
  details?: Readonly<Record<string, string>>;
  /** Disagreements to keep, by name (see `Case.disagree`); a value written settles one. */
  disagree?: Readonly<Record<string, ReadonlyArray<{ origin: string; value: string }>>>;
  /** The other half of the fetch to keep (see `Case.half`); null takes it out. */
  half?: OtherHalf | null;
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
  // Each value or answer written takes its origin with it, or loses the one it had.
  const place = (name: string, value: string | undefined) => {
    write(name, value);
    const origin = value ? patch.origins?.[name] : undefined;
    write(originParam(name), origin && linkOrigin(origin));
    const detail = origin?.startsWith('collector:') ? patch.details?.[name] : undefined;
    write(detailParam(name), detail && linkDetail(detail));
    next.delete(disagreeParam(name));
  };
  for (const [name, value] of Object.entries(patch.values ?? {})) place(name, value);
  for (const [id, answer] of Object.entries(patch.answers ?? {})) place(id, answer);
  if (patch.half !== undefined)
    for (const [key, value] of halfParams(patch.half ?? undefined)) write(key, value);
  for (const [name, said] of Object.entries(patch.disagree ?? {})) {
    next.delete(disagreeParam(name));
    for (const side of said) next.append(disagreeParam(name), linkSaid(side));
  }
  for (const [name, value] of Object.entries(patch.working ?? {})) write(name, value);
  if (patch.seen !== undefined || patch.found !== undefined) {
    const base = patch.seen ?? seenIn(params);
    write('seen', idListParam([...base, ...(patch.found ?? [])]));
  }
  // A link that says where its values came from is a version 2 link; one that does not, 1.
  const withOrigins = [...next.keys()].some((key) => /^[oxh]\./.test(key));
  if (withOrigins) next.set('v', ORIGINS_VERSION);
  else if (next.get('v') === ORIGINS_VERSION) next.set('v', CONTRACT_VERSION);
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
    if (patch.origins) merged.origins = { ...merged.origins, ...patch.origins };
    if (patch.details) merged.details = { ...merged.details, ...patch.details };
    if (patch.disagree) merged.disagree = { ...merged.disagree, ...patch.disagree };
    if (patch.half !== undefined) merged.half = patch.half;
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
