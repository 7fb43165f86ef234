/// <reference lib="webworker" />
import { NotALog, readLog } from '../domain/evtx/read-log';

/** Reads a whole log off the page's thread, telling how far it got; the page may end it. */
self.onmessage = async (message: MessageEvent<{ file: File }>) => {
  try {
    const bytes = new Uint8Array(await message.data.file.arrayBuffer());
    let last = 0;
    const reading = readLog(bytes, {
      onProgress: (done, total) => {
        const now = Date.now();
        if (now - last > 50 || done === total) {
          last = now;
          self.postMessage({ kind: 'progress', done, total });
        }
      },
    });
    self.postMessage({ kind: 'done', reading });
  } catch (error) {
    self.postMessage({
      kind: 'error',
      message:
        error instanceof NotALog
          ? error.message
          : `The file could not be read: ${(error as Error).message}`,
    });
  }
};
