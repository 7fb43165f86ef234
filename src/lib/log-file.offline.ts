import type { LogReading } from '../domain/evtx/read-log';
import type { LogProgress } from './log-file';

/** The offline file's log reader: on the page, since a worker cannot start from file://. */
export function readLogFile(
  file: File,
  onProgress: (p: LogProgress) => void,
  signal: AbortSignal,
): Promise<LogReading> {
  return file.arrayBuffer().then(async (buffer) => {
    const { readLog } = await import('../domain/evtx/read-log');
    if (signal.aborted) throw new DOMException('Cancelled', 'AbortError');
    return readLog(new Uint8Array(buffer), {
      onProgress: (done, total) => {
        onProgress({ done, total });
        return !signal.aborted;
      },
    });
  });
}
