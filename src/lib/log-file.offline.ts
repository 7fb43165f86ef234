import type { LogReading } from '../domain/evtx/read-log';
import type { LogProgress } from './log-file';

/** How long the page may be held at a time, in milliseconds: under a frame or two. */
const SLICE_MS = 24;

const toThePage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The offline file's log reader: on the page, since a worker cannot start from file://.
 * It reads in slices and gives the page back between them, so progress shows, the page
 * scrolls, and Cancel ends the read at the next slice.
 */
export async function readLogFile(
  file: File,
  onProgress: (p: LogProgress) => void,
  signal: AbortSignal,
): Promise<LogReading> {
  const cancelled = () => new DOMException('Cancelled', 'AbortError');
  const buffer = await file.arrayBuffer();
  const { readLogSteps } = await import('../domain/evtx/read-log');
  if (signal.aborted) throw cancelled();
  const steps = readLogSteps(new Uint8Array(buffer));
  let sliceStart = performance.now();
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    onProgress({ done: next.value.done, total: next.value.total });
    await toThePage();
    if (signal.aborted) {
      steps.return(undefined as never);
      throw cancelled();
    }
    sliceStart = performance.now();
  }
}
