import { useEffect, useSyncExternalStore } from 'react';
import type { LazyModule } from '../lib/lazy-module';

/** A lazily loaded module, loaded once `needed` is true; undefined until it is there. */
export function useLazyModule<T>(module: LazyModule<T>, needed: boolean): T | undefined {
  const loaded = useSyncExternalStore(module.subscribe, module.get);
  useEffect(() => {
    if (needed) void module.load();
  }, [module, needed]);
  return loaded;
}
