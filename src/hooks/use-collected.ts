import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { splitBlock } from '../domain/collector/markers';
import type { CollectorBlock } from '../domain/collector/read-block';
import { blockReader, loadBlockReader, subscribeBlockReader } from '../lib/block-reader';
import { MODEL } from './use-case-link';
import { usePaste } from './use-paste';

/** The block reader, loaded when `needed` first becomes true; undefined until it is there. */
export function useBlockReader(needed: boolean) {
  const reader = useSyncExternalStore(subscribeBlockReader, blockReader);
  useEffect(() => {
    if (needed) void loadBlockReader();
  }, [needed]);
  return reader;
}

/**
 * The evidence collector's block in this case's pasted text, if any: read again from the
 * paste on each change (never stored), so its marks follow the paste and vanish with it.
 */
export function useCollected(): CollectorBlock | undefined {
  const { text } = usePaste('text');
  const { block } = splitBlock(text);
  const reader = useBlockReader(block !== undefined);
  return useMemo(
    () => (block && reader ? reader.readCollectorBlock(block, MODEL) : undefined),
    [block, reader],
  );
}

/** What the collector found for one link parameter, while the case still holds that value. */
export function collectedFor(
  collected: CollectorBlock | undefined,
  param: string,
  current: string | undefined,
): string | undefined {
  if (!collected || current === undefined || collected.changes[param] !== current) return undefined;
  return collected.detail[param];
}
