import { parseCode } from './codes/decode-code';
import { CHECK_IDS, type Answer, type CheckId } from './model/checks';
import { EMPTY_STATE, type TriageState } from './triage-state';

export const CONTRACT_VERSION = '1';

export interface DroppedValue {
  param: string;
  value: string;
  reason: string;
}

export interface ParsedLink {
  state: TriageState;
  dropped: DroppedValue[];
}

type TextParam = 'user' | 'computer' | 'host' | 'backup';

const TEXT_LIMITS: Readonly<Record<TextParam, number>> = {
  user: 256,
  computer: 255,
  host: 255,
  backup: 260,
};
const TEXT_LABELS: Readonly<Record<TextParam, string>> = {
  user: 'Client user',
  computer: 'Client computer',
  host: 'Host',
  backup: 'Backup file',
};

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
const ISO_UTC =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// Control characters have no place in any field and could disturb a generated command.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export function checkText(
  param: TextParam,
  raw: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  const value = raw.trim();
  const limit = TEXT_LIMITS[param];
  if (value === '') return { ok: false, reason: `${TEXT_LABELS[param]} is empty.` };
  if ([...value].length > limit) {
    return { ok: false, reason: `${TEXT_LABELS[param]} is longer than ${limit} characters.` };
  }
  if (CONTROL.test(value)) {
    return {
      ok: false,
      reason: `${TEXT_LABELS[param]} contains a line break or control character.`,
    };
  }
  return { ok: true, value };
}

export function checkTrackingId(
  raw: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  const m = GUID.exec(raw.trim());
  if (!m?.[1])
    return {
      ok: false,
      reason: 'A Tracking ID is a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301.',
    };
  return { ok: true, value: m[1].toLowerCase() };
}

/** Accepts ISO 8601 with a zone; stores it in UTC so that every reader sees the same instant. */
export function checkTime(
  raw: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  const text = raw.trim();
  const m = ISO_UTC.exec(text);
  const date = m ? new Date(text) : undefined;
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (
    !m ||
    !date ||
    Number.isNaN(date.getTime()) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31
  ) {
    return { ok: false, reason: 'Use ISO 8601 with a zone, for example 2024-03-05T14:07:00Z.' };
  }
  return { ok: true, value: date.toISOString().replace(/\.000Z$/, 'Z') };
}

export function checkEventId(
  raw: string,
): { ok: true; value: number } | { ok: false; reason: string } {
  const text = raw.trim();
  if (!/^\d{1,5}$/.test(text) || Number(text) < 1 || Number(text) > 65535) {
    return { ok: false, reason: 'An event ID is a whole number from 1 to 65535.' };
  }
  return { ok: true, value: Number(text) };
}

function parseAnswer(raw: string): Answer | undefined {
  const v = raw.trim().toLowerCase();
  return v === 'yes' || v === 'no' ? v : undefined;
}

/**
 * Reads a link's parameters into a case. A value that does not fit is dropped with a
 * reason; everything else still counts, and unknown parameters are ignored.
 */
export function parseLink(params: URLSearchParams): ParsedLink {
  const dropped: DroppedValue[] = [];
  const state: TriageState = { seen: [], answers: {} };
  const drop = (param: string, value: string, reason: string) =>
    dropped.push({ param, value, reason });

  const v = params.get('v');
  if (v !== null && v !== CONTRACT_VERSION) {
    drop(
      'v',
      v,
      `This link was made for version ${v} of the link format; it was read as version ${CONTRACT_VERSION}.`,
    );
  }

  const event = params.get('event');
  if (event !== null) {
    const r = checkEventId(event);
    if (r.ok) state.event = r.value;
    else drop('event', event, r.reason);
  }

  const code = params.get('code');
  if (code !== null && code.trim() !== '') {
    const r = parseCode(code);
    if (r.ok) state.code = r.hex;
    else drop('code', code, r.reason);
  }

  for (const param of ['user', 'computer', 'host', 'backup'] as const) {
    const raw = params.get(param);
    if (raw === null || raw.trim() === '') continue;
    const r = checkText(param, raw);
    if (r.ok) state[param] = r.value;
    else drop(param, raw, r.reason);
  }

  const tid = params.get('tid');
  if (tid !== null && tid.trim() !== '') {
    const r = checkTrackingId(tid);
    if (r.ok) state.tid = r.value;
    else drop('tid', tid, r.reason);
  }

  const time = params.get('time');
  if (time !== null && time.trim() !== '') {
    const r = checkTime(time);
    if (r.ok) state.time = r.value;
    else drop('time', time, r.reason);
  }

  const seen = params.get('seen');
  if (seen !== null && seen.trim() !== '') {
    const ids = new Set<number>();
    for (const item of seen.split(',')) {
      const r = checkEventId(item);
      if (r.ok) ids.add(r.value);
      else if (item.trim() !== '') drop('seen', item, r.reason);
    }
    state.seen = [...ids].sort((a, b) => a - b);
  }

  for (const check of CHECK_IDS) {
    const raw = params.get(check);
    if (raw === null || raw === '') continue;
    const answer = parseAnswer(raw);
    if (answer) state.answers[check] = answer;
    else drop(check, raw, 'Answers are yes or no.');
  }

  return { state, dropped };
}

/** Writes a case as link parameters in one fixed order, so equal cases give equal links. */
export function serializeLink(state: TriageState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('v', CONTRACT_VERSION);
  if (state.event !== undefined) params.set('event', String(state.event));
  if (state.code) params.set('code', state.code);
  if (state.user) params.set('user', state.user);
  if (state.computer) params.set('computer', state.computer);
  if (state.tid) params.set('tid', state.tid);
  if (state.time) params.set('time', state.time);
  if (state.host) params.set('host', state.host);
  if (state.backup) params.set('backup', state.backup);
  if (state.seen.length > 0) params.set('seen', state.seen.join(','));
  for (const check of CHECK_IDS) {
    const answer = state.answers[check];
    if (answer) params.set(check, answer);
  }
  return params;
}

export function isEmptyState(state: TriageState): boolean {
  return serializeLink(state).toString() === serializeLink(EMPTY_STATE).toString();
}

export type { Answer, CheckId };
