/**
 * How each event of the family's message begins, as ENTSSO's message table writes it:
 * a message pasted alone (no Event ID line) is known by its first line, so that a 10532's
 * message is never read into a 10526 case without a word.
 */
export const MESSAGE_STARTS: ReadonlyArray<{ event: number; start: string }> = [
  { event: 10526, start: 'Failed to generate a new master secret' },
  { event: 10560, start: 'Failed to back up the master secrets' },
  { event: 10524, start: 'Failed to restore the master secrets' },
  { event: 10532, start: 'Failed to retrieve master secrets' },
  { event: 10527, start: 'A request to get a master secret failed' },
];

/** The event whose message the text's first non-blank line begins, if any. */
export function eventOfMessage(text: string): number | undefined {
  const line = /^\s*([^\r\n]*)/.exec(text)?.[1]?.trim().toLowerCase() ?? '';
  return MESSAGE_STARTS.find(({ start }) => line.startsWith(start.toLowerCase()))?.event;
}
