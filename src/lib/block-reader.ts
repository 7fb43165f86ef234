import type * as BlockReader from '../domain/collector/read-block';

type Reader = typeof BlockReader;

let reader: Reader | undefined;
let loading: Promise<Reader> | undefined;
const listeners = new Set<() => void>();

/**
 * The collector block reader arrives only with the first block pasted: most visits
 * never need it, so the start page does not carry it.
 */
export function loadBlockReader(): Promise<Reader> {
  loading ??= import('../domain/collector/read-block').then((module) => {
    reader = module;
    for (const listener of listeners) listener();
    return module;
  });
  return loading;
}

/** The reader once loaded, else undefined. */
export function blockReader(): Reader | undefined {
  return reader;
}

export function subscribeBlockReader(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
