import { decodeEventFile } from '../domain/event-reader/text-source';

/**
 * Bytes enough for `limit` characters in any encoding read here: UTF-8 needs at most three
 * bytes per UTF-16 unit, UTF-16 two, and a byte-order mark up to three more.
 */
const bytesFor = (limit: number) => limit * 3 + 3;

export interface FileText {
  text: string;
  /** False when the file held more than `limit` characters: only the start was read. */
  whole: boolean;
}

/**
 * Reads a file the person chose as text, whatever its encoding; nothing leaves the browser.
 * Only the bytes that can reach the limit are read and decoded, however big the file.
 */
export async function readTextFile(file: File, limit: number): Promise<FileText> {
  const bytes = new Uint8Array(await file.slice(0, bytesFor(limit)).arrayBuffer());
  const text = decodeEventFile(bytes);
  return { text: text.slice(0, limit), whole: text.length <= limit && file.size <= bytes.length };
}
