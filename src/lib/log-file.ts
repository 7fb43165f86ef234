import type { LogReading } from '../domain/evtx/read-log';

export interface LogProgress {
  done: number;
  total: number;
}

/**
 * Reads a log file without sending it anywhere, in a Web Worker, so the page stays
 * responsive and Cancel ends the work at once. The offline file, where a worker cannot
 * start from disk, is built with log-file.offline.ts in place of this module.
 */
export function readLogFile(
  file: File,
  onProgress: (p: LogProgress) => void,
  signal: AbortSignal,
): Promise<LogReading> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../workers/log-reader.worker.ts', import.meta.url), {
      type: 'module',
    });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as
        | { kind: 'progress'; done: number; total: number }
        | { kind: 'done'; reading: LogReading }
        | { kind: 'error'; message: string };
      if (data.kind === 'progress') onProgress({ done: data.done, total: data.total });
      else {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        if (data.kind === 'done') resolve(data.reading);
        else reject(new Error(data.message));
      }
    };
    worker.onerror = (event) => {
      signal.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'The reader stopped.'));
    };
    worker.postMessage({ file });
  });
}
