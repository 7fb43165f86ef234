import { useEffect, useRef, useState } from 'react';
import type { LogReading } from '../../domain/evtx/read-log';
import { readLogFile, type LogProgress } from '../../lib/log-file';

export type LogRead =
  | { kind: 'reading'; progress?: LogProgress }
  | { kind: 'read'; reading: LogReading }
  | { kind: 'failed'; message: string };

/**
 * Reads a whole log in a worker. A newer file, or leaving the page, stops the read before
 * it and its worker; a stopped read says nothing, a cancelled one says so.
 */
export function useLogRead(file: File): { read: LogRead; cancel: () => void } {
  const [state, setState] = useState<{ file: File; read: LogRead }>({
    file,
    read: { kind: 'reading' },
  });
  const current = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    current.current = controller;
    const mine = () => current.current === controller;
    readLogFile(
      file,
      (progress) => {
        if (mine()) setState({ file, read: { kind: 'reading', progress } });
      },
      controller.signal,
    ).then(
      (reading) => {
        if (mine() && !controller.signal.aborted)
          setState({ file, read: { kind: 'read', reading } });
      },
      (error: unknown) => {
        if (!mine()) return;
        const message =
          (error as Error).name === 'AbortError'
            ? 'Reading was cancelled.'
            : (error as Error).message;
        setState({ file, read: { kind: 'failed', message } });
      },
    );
    return () => {
      current.current = undefined;
      controller.abort();
    };
  }, [file]);
  // Until the read of a new file reports, it shows as being read.
  return {
    read: state.file === file ? state.read : { kind: 'reading' },
    cancel: () => current.current?.abort(),
  };
}
