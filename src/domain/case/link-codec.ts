import type { Answer, DecisionModel, EventSpec } from '../model/event-model';
import { EMPTY_CASE, type Case } from './case';
import { CASE_FIELDS, caseField, checkEventId, fieldOfEvent } from './case-fields';
import { halfParams, readHalf } from './other-half';
import {
  detailParam,
  disagreeParam,
  linkDetail,
  linkSaid,
  readSaid,
  linkOrigin,
  ORIGINS_VERSION,
  originParam,
  readOrigin,
  type Origin,
} from './origins';

export const CONTRACT_VERSION = '1';

export interface DroppedValue {
  param: string;
  value: string;
  reason: string;
}

export interface ParsedLink {
  case: Case;
  dropped: DroppedValue[];
  /** Values kept after cleaning (invisible characters removed); reason says what changed. */
  cleaned: DroppedValue[];
}

/** The longest link read: a real case needs a few hundred characters. */
export const MAX_LINK_CHARS = 16_384;
/** The most related events a case lists. */
export const MAX_SEEN = 100;

/** What reading a link needs of its model: the answers it takes, the fields its event has. */
type LinkModel = Pick<DecisionModel, 'checks' | 'otherHalf'> & {
  event: Pick<EventSpec, 'id' | 'layout'>;
};

/** How long a link's parameters are, counted the way the limit counts them. */
export function linkChars(params: URLSearchParams): number {
  let length = 0;
  for (const [key, value] of params) length += key.length + value.length + 2;
  return length;
}

/**
 * The event a link names, read exactly as `parseLink` reads it (one value, visible
 * characters, a whole number): the registry picks the model with it, so that the event a
 * page triages is the event its own result link names. Null when the link names none.
 */
export function eventOfLink(params: URLSearchParams): string | null {
  if (linkChars(params) > MAX_LINK_CHARS) return null;
  const all = params.getAll('event');
  const [raw] = all;
  if (all.length !== 1 || raw === undefined || raw.includes('\uFFFD') || raw.trim() === '')
    return null;
  const r = caseField('event').check(raw);
  return r.ok ? r.value : null;
}

function parseAnswer(raw: string): Answer | undefined {
  const v = raw.trim().toLowerCase();
  return v === 'yes' || v === 'no' ? v : undefined;
}

/**
 * Reads a link's parameters into a case. A value that does not fit is dropped with a
 * reason; everything else still counts, and unknown parameters are ignored.
 */
export function parseLink(params: URLSearchParams, model: LinkModel): ParsedLink {
  const dropped: DroppedValue[] = [];
  const cleaned: DroppedValue[] = [];
  const length = linkChars(params);
  if (length > MAX_LINK_CHARS) {
    return {
      case: { seen: [], answers: {} },
      dropped: [
        {
          param: 'link',
          value: `${length.toLocaleString('en-US')} characters`,
          reason: `A case link is at most ${MAX_LINK_CHARS.toLocaleString('en-US')} characters long, so none of this one was read. Ask for the link again, or enter the case by hand.`,
        },
      ],
      cleaned,
    };
  }
  const result: Case = { seen: [], answers: {} };
  const answers: Record<string, Answer> = {};
  const drop = (param: string, value: string, reason: string) =>
    dropped.push({ param, value, reason });

  const v = params.get('v');
  if (v !== null && v !== CONTRACT_VERSION && v !== ORIGINS_VERSION) {
    drop(
      'v',
      v,
      `This link was made for version ${v} of the link format; it was read as version ${CONTRACT_VERSION}.`,
    );
  }

  // A value given twice, or one whose %-encoding was broken (the browser turns the bytes
  // into U+FFFD), is not guessed at: it is named and left out.
  const single = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) {
      drop(
        name,
        all.map((value) => JSON.stringify(value.slice(0, 40))).join(', '),
        `The link gives ${name} ${all.length} times; a link from this tool gives it once, so none of them was used.`,
      );
      return null;
    }
    const raw = all[0] ?? null;
    if (raw?.includes('\uFFFD')) {
      drop(
        name,
        raw,
        'It holds U+FFFD, the mark of damaged text (broken %-encoding in the link, or a bad copy before it), so it was not used.',
      );
      return null;
    }
    return raw;
  };

  for (const field of CASE_FIELDS) {
    const raw = single(field.name);
    if (raw === null || raw.trim() === '') continue;
    if (!fieldOfEvent(field, model.event.layout)) {
      drop(
        field.name,
        raw,
        `Event ${model.event.id} does not carry a ${field.label}: this value belongs to another event, so it was left out.`,
      );
      continue;
    }
    const r = field.check(raw);
    if (!r.ok) {
      drop(field.name, raw, r.reason);
      continue;
    }
    if (r.note) cleaned.push({ param: field.name, value: raw, reason: r.note });
    if (field.name === 'event') result.event = Number(r.value);
    else result[field.name] = r.value;
  }

  const seen = single('seen');
  if (seen !== null && seen.trim() !== '') {
    const ids = new Set<number>();
    let over = 0;
    for (const item of seen.split(',')) {
      const r = checkEventId(item);
      if (!r.ok) {
        if (item.trim() !== '') drop('seen', item, r.reason);
      } else if (ids.size < MAX_SEEN || ids.has(Number(r.value))) ids.add(Number(r.value));
      else over++;
    }
    if (over > 0)
      drop(
        'seen',
        `${over} more`,
        `A case lists at most ${MAX_SEEN} related events; the rest were left out.`,
      );
    result.seen = [...ids].sort((a, b) => a - b);
  }

  for (const { id } of model.checks) {
    const raw = single(id);
    if (raw === null || raw === '') continue;
    const answer = parseAnswer(raw);
    if (answer) answers[id] = answer;
    else drop(id, raw, 'Answers are yes or no.');
  }
  result.answers = answers;

  // Version 2 adds where each value came from; a version 1 link is read as before: typed.
  if (v === ORIGINS_VERSION)
    readVersion2(
      params,
      model.otherHalf?.event,
      [...CASE_FIELDS.map((f) => f.name), ...model.checks.map((k) => k.id)],
      result,
      single,
      drop,
    );

  return { case: result, dropped, cleaned };
}

/**
 * What a version 2 link adds: the origins and probe words of the values and answers it
 * holds (one for a value it does not hold is left, as unknown parameters are), the
 * computers' disagreements, and the other half of the fetch.
 */
function readVersion2(
  params: URLSearchParams,
  pairsWith: number | undefined,
  names: readonly string[],
  result: Case,
  single: (name: string) => string | null,
  drop: (param: string, value: string, reason: string) => void,
): void {
  const origins: Record<string, Origin> = {};
  const details: Record<string, string> = {};
  const held = [
    ...CASE_FIELDS.flatMap((field) =>
      (field.name === 'event' ? result.event : result[field.name]) ? [field.name] : [],
    ),
    ...Object.keys(result.answers),
  ];
  for (const name of held) {
    const raw = single(originParam(name));
    if (raw === null || raw === '') continue;
    const origin = readOrigin(raw);
    if (!origin.ok) {
      drop(originParam(name), raw, origin.reason);
      continue;
    }
    origins[name] = origin.value;
    const detail = single(detailParam(name));
    if (detail && origin.value.startsWith('collector:')) details[name] = linkDetail(detail);
  }
  if (Object.keys(origins).length > 0) result.origins = origins;
  if (Object.keys(details).length > 0) result.details = details;
  // Disagreements: about names the model knows, two sides at least, each readable.
  const disagree: Record<string, Array<{ origin: string; value: string }>> = {};
  for (const name of names) {
    const raw = params.getAll(disagreeParam(name));
    if (raw.length === 0) continue;
    const said = raw.map(readSaid);
    if (said.length >= 2 && said.length <= 8 && said.every((side) => side !== undefined))
      disagree[name] = said as Array<{ origin: string; value: string }>;
    else
      drop(
        disagreeParam(name),
        raw.join(', ').slice(0, 120),
        'Not two or more sides, each an origin and a value; left out.',
      );
  }
  if (Object.keys(disagree).length > 0) result.disagree = disagree;
  const half = readHalf(params, pairsWith);
  if (half) result.half = half;
}

/** Writes a case as link parameters in one fixed order, so equal cases give equal links. */
export function serializeLink(c: Case, model: Pick<DecisionModel, 'checks'>): URLSearchParams {
  const params = new URLSearchParams();
  params.set('v', CONTRACT_VERSION);
  for (const { name } of CASE_FIELDS) {
    const value = name === 'event' ? c.event?.toString() : c[name];
    if (value) params.set(name, value);
  }
  if (c.seen.length > 0) params.set('seen', c.seen.join(','));
  for (const { id } of model.checks) {
    const answer = c.answers[id];
    if (answer) params.set(id, answer);
  }
  for (const [name, origin] of Object.entries(c.origins ?? {})) {
    if (!params.has(name)) continue;
    params.set(originParam(name), linkOrigin(origin));
    const detail = c.details?.[name];
    if (detail && origin.startsWith('collector:'))
      params.set(detailParam(name), linkDetail(detail));
  }
  for (const [name, said] of Object.entries(c.disagree ?? {}))
    for (const side of said) params.append(disagreeParam(name), linkSaid(side));
  for (const [key, value] of halfParams(c.half)) if (value) params.set(key, value);
  if ([...params.keys()].some((key) => /^[oxh]\./.test(key))) params.set('v', ORIGINS_VERSION);
  return params;
}

export function isEmptyCase(c: Case, model: Pick<DecisionModel, 'checks'>): boolean {
  return serializeLink(c, model).toString() === serializeLink(EMPTY_CASE, model).toString();
}
