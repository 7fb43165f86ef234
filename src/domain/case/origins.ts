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
export const COMPUTER = /^[A-Za-z0-9][A-Za-z0-9._$-]{0,254}$/;

/** A computer by its short name, so that BTS01 and BTS01.contoso.com are one computer. */
export const shortComputer = (name: string) => (name.split('.')[0] ?? '').toUpperCase();

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
      reason: 'Not e: or c: with a computer name; the value counts as typed.',
    };
  return { ok: true, value: `${match[1] === 'e' ? 'event' : 'collector'}:${computer}` };
}

/** What a probe saw, as a link may carry it: visible text (no control or direction marks), cut short. */
export const linkDetail = (text: string): string =>
  text
    .replace(/[\p{C}\s]+/gu, ' ')
    .trim()
    .slice(0, MAX_DETAIL_CHARS);

export const disagreeParam = (name: string) => `x.${name}`;

/** One side of a disagreement as a link writes it: `you~no`, `c:NODE1~yes`. */
export function linkSaid(side: { origin: string; value: string }): string {
  const origin = side.origin === 'you' ? 'you' : linkOrigin(side.origin as Origin);
  return `${origin}~${side.value}`;
}

/** A side of a disagreement from a link, or undefined when it is not one. */
export function readSaid(raw: string): { origin: string; value: string } | undefined {
  const cut = raw.indexOf('~');
  const value = raw.slice(cut + 1);
  if (cut < 0 || value === '' || value.length > 256 || /\p{C}/u.test(value)) return undefined;
  const origin = raw.slice(0, cut);
  if (origin === 'you') return { origin, value };
  const read = readOrigin(origin);
  return read.ok ? { origin: read.value, value } : undefined;
}
