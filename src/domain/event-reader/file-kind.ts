import { BLOCK_BEGIN } from '../collector/markers';
import { decodeEventFile } from './text-source';

/** How much of a file's start is enough to tell one event from a whole log. */
export const FILE_HEAD_BYTES = 64 * 1024;

export type FileKind =
  /** One event or the collector's output: read like a paste, into Event text. */
  | 'event'
  /** A whole log (or something to let the log reader refuse with its own message). */
  | 'log';

/**
 * More events than this in a text file make it a log. A few events together are what
 * people save from Event Viewer or wevtutil /c:3: the paste reader takes the 10526 and
 * marks the others as seen, which a log import would do with more ceremony.
 */
const FEW_EVENTS = 3;

/** Counts matches, stopping once there are more than a few. */
const count = (text: string, pattern: RegExp): number => {
  let n = 0;
  const matches = text.matchAll(pattern);
  while (n <= FEW_EVENTS && !matches.next().done) n++;
  return n;
};

/**
 * Decides from a file's name and its first bytes which reader gets it, so that the
 * person opens "a file" and never has to know which kind the tool calls it. One event
 * (any shape the paste reader knows), a few, or the collector's block goes to Event
 * text; an .evtx, a CSV or tab-separated export, or text with many events is a log.
 */
export function fileKind(name: string, head: Uint8Array): FileKind {
  const magic = String.fromCharCode(...head.subarray(0, 8));
  if (magic === 'ElfFile\0' || /\.(evtx|csv|tsv)$/i.test(name)) return 'log';
  const text = decodeEventFile(head.subarray(0, FILE_HEAD_BYTES));
  if (text.includes(BLOCK_BEGIN)) return 'event';
  // Binary that is not an .evtx: the log reader says plainly what it is not.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (/[\u0001-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) return 'log';
  if (/^\uFEFF?\s*"?Level"?[,\t]/i.test(text)) return 'log';
  if (head.length >= FILE_HEAD_BYTES) return 'log';
  const events = Math.max(
    count(text, /<Event[\s>]/g),
    count(text, /^\s*Event\[\d+\]:/gm),
    count(text, /^\s*(?:Event ID|Id)\s*:/gim),
  );
  return events > FEW_EVENTS ? 'log' : 'event';
}
