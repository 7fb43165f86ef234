import type { readEvent, ReadEventResult, ReadTarget } from '../../domain/event-reader/read-event';

let last: { text: string; target: ReadTarget; result: ReadEventResult } | undefined;

/**
 * Reads the pasted text once per change: the paste handler and the render that
 * follows it ask for the same text, and the second gets the first's result.
 */
export function readOnce(
  read: typeof readEvent,
  text: string,
  target: ReadTarget,
): ReadEventResult {
  if (last && last.text === text && last.target === target) return last.result;
  const result = read(text, target);
  last = { text, target, result };
  return result;
}
