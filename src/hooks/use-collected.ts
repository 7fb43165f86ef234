import { useMemo } from 'react';
import { splitBlock } from '../domain/collector/markers';
import type { CollectorBlock } from '../domain/collector/read-block';
import { BLOCK_READER } from '../lib/readers';
import { usePart } from './use-app-services';
import { useCaseLink } from './use-case-link';
import { usePaste } from './use-paste';

/**
 * The evidence collector's block in this case's pasted text, if any: read again from the
 * paste on each change (never stored), so its marks follow the paste and vanish with it.
 */
export function useCollected(): CollectorBlock | undefined {
  const { text } = usePaste('text');
  const { model } = useCaseLink();
  const { block } = splitBlock(text);
  const reader = usePart(BLOCK_READER, block !== undefined).value;
  // Every block of the paste: blocks from several computers count together.
  return useMemo(
    () => (block && reader ? reader.readCollectorBlocks(text, model) : undefined),
    [block, text, reader, model],
  );
}

/**
 * What the collector found for one link parameter, while the case still holds that value:
 * the probe's detail, '' when it gave none, undefined when the value is not the collector's.
 */
export function collectedFor(
  collected: CollectorBlock | undefined,
  param: string,
  current: string | undefined,
): string | undefined {
  if (!collected || current === undefined || collected.changes[param] !== current) return undefined;
  return collected.detail[param];
}

/** The mark shown beside a value the collector gave: with its probe's detail when it has one. */
export function collectedMark(from: string | undefined): string | undefined {
  if (from === undefined) return undefined;
  return from === '' ? 'From the collector.' : `From the collector, whose probe saw: ${from}`;
}
