import { decodeEventFile } from '../domain/event-reader/text-source';

/** Reads a file the person chose as text, whatever its encoding; nothing leaves the browser. */
export async function readTextFile(file: File, limit: number): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeEventFile(bytes).slice(0, limit);
}
