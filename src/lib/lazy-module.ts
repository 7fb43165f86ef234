/**
 * A module loaded the first time it is needed, then at hand at once: for code that only
 * some visits use (the event reader before a first paste, the collector block reader).
 */
export interface LazyModule<T> {
  load: () => Promise<T>;
  /** The module once loaded, else undefined. */
  get: () => T | undefined;
  subscribe: (listener: () => void) => () => void;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const listeners = new Set<() => void>();
  return {
    load: () => {
      loading ??= importer().then((module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      });
      return loading;
    },
    get: () => loaded,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
