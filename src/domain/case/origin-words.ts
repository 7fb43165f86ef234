import { COMPUTER, type Origin } from './origins';

// What the pages and readers say about origins; the link itself needs only ./origins,
// which ships with the start page.

/** Builds an origin from a computer read from evidence, when it is a usable name. */
export function originFrom(
  kind: 'event' | 'collector',
  computer: string | undefined,
): Origin | undefined {
  return computer && COMPUTER.test(computer) ? `${kind}:${computer}` : undefined;
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

/** Every value of an event reading, said to come from the computer that logged it. */
export function eventOrigins(
  names: Iterable<string>,
  computer: string | undefined,
): Record<string, Origin> {
  const origin = originFrom('event', computer);
  if (!origin) return {};
  return Object.fromEntries(
    [...names].filter((name) => name !== 'event').map((name) => [name, origin]),
  );
}
