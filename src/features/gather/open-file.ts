import { FILE_HEAD_BYTES, fileKind } from '../../domain/event-reader/file-kind';
import { readTextFile } from '../../lib/read-file';
import { MAX_PASTE_CHARS } from '../../lib/paste-store';

interface Takers {
  /** A whole log: the log reader takes the file itself. */
  log: (file: File) => void;
  /** One event or the collector's output: read like a paste. */
  text: (text: string) => Promise<void>;
}

/**
 * Gives a chosen or dropped file to the reader that fits it and says what was done.
 * Loaded with the first file, not with the page: most incidents start from a paste.
 */
export async function openFile(file: File, take: Takers): Promise<string> {
  const head = new Uint8Array(await file.slice(0, FILE_HEAD_BYTES).arrayBuffer());
  if (fileKind(file.name, head) === 'log') {
    take.log(file);
    return `${file.name} holds a whole log: it is read below, and you pick the failure to triage.`;
  }
  const { text, whole } = await readTextFile(file, MAX_PASTE_CHARS);
  await take.text(text);
  return whole
    ? `${file.name} was read into Event text.`
    : `${file.name} is longer than Event text holds: its first ${MAX_PASTE_CHARS.toLocaleString('en-US')} characters were read into it.`;
}
