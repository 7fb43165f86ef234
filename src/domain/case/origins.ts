/**
 * Where a value or an answer came from (contract, "Computers and roles"): typed by the
 * person, read from an event (its Computer), or from a collector block (its host). Typed
 * is the default and is not written down; the others travel in a version 2 link as
 * `o.<name>=e:<computer>` or `c:<computer>`, with `d.<name>` for what a probe saw.
 */
export type Origin = `event:${string}` | `collector:${string}`;

/** The link version that carries origins; a link without them stays version 1. */
export const ORIGINS_VERSION = '2';

/** The most characters of a probe's words a link carries. */
export const MAX_DETAIL_CHARS = 120;

// A Windows computer name or a DNS name: what a host can be called, nothing else.
const COMPUTER = /^[A-Za-z0-9][A-Za-z0-9._$-]{0,254}$/;

export const originParam = (name: string) => `o.${name}`;
export const detailParam = (name: string) => `d.${name}`;

/** An origin as a link writes it. */
export function linkOrigin(origin: Origin): string {
  return origin.startsWith('event:')
    ? `e:${origin.slice('event:'.length)}`
    : `c:${origin.slice('collector:'.length)}`;
}

/** A link's origin value, or why it cannot be one. */
export function readOrigin(
  raw: string,
): { ok: true; value: Origin } | { ok: false; reason: string } {
  const match = /^([ec]):(.*)$/.exec(raw);
  const computer = match?.[2] ?? '';
  if (!match || !COMPUTER.test(computer))
    return {
      ok: false,
      reason:
        'An origin is e: or c: and a computer name; this one is not, so the value counts as typed.',
    };
  return { ok: true, value: `${match[1] === 'e' ? 'event' : 'collector'}:${computer}` };
}

/** Builds an origin from a computer read from evidence, when it is a usable name. */
export function originFrom(
  kind: 'event' | 'collector',
  computer: string | undefined,
): Origin | undefined {
  return computer && COMPUTER.test(computer) ? `${kind}:${computer}` : undefined;
}

/** What a probe saw, as a link may carry it: visible text, cut to its length. */
export function linkDetail(text: string): string {
  // Control and direction characters are no part of a probe's words.
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    ' ',
  );
  const trimmed = visible.replace(/\s+/g, ' ').trim();
  return trimmed.length > MAX_DETAIL_CHARS ? `${trimmed.slice(0, MAX_DETAIL_CHARS - 1)}…` : trimmed;
}

/** The origin in words, beside the value it belongs to. */
export function originWords(origin: Origin | undefined): string {
  if (!origin) return 'typed in';
  const [kind, ...rest] = origin.split(':');
  const computer = rest.join(':');
  return kind === 'event'
    ? `from the event logged on ${computer}`
    : `from the collector on ${computer}`;
}

/** The contract's `data-origin` value: `you`, `event:<computer>` or `collector:<computer>`. */
export const dataOrigin = (origin: Origin | undefined): string => origin ?? 'you';
