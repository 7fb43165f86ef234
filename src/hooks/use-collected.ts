import { useMemo } from 'react';
import { splitBlock } from '../domain/collector/markers';
import type { Case } from '../domain/case/case';
import type { Origin } from '../domain/case/origins';
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

/** Where a value shown on a step came from, when not typed: the origin and what a probe saw. */
export interface ValueSource {
  origin?: Origin | undefined;
  detail: string;
}

/**
 * Where one link parameter's value came from, while the case still holds it: the link's
 * own word (a shared link keeps it), else the collector block pasted in this tab.
 */
export function collectedFor(
  collected: CollectorBlock | undefined,
  param: string,
  current: string | undefined,
  c?: Pick<Case, 'origins' | 'details'>,
): ValueSource | undefined {
  const origin = c?.origins?.[param];
  if (origin && current !== undefined) return { origin, detail: c?.details?.[param] ?? '' };
  if (!collected || current === undefined || collected.changes[param] !== current) return undefined;
  const host = collected.from?.[param] ?? collected.host;
  return { origin: host ? `collector:${host}` : undefined, detail: collected.detail[param] ?? '' };
}

/** The mark shown beside a value read from evidence: where from, and what the probe saw. */
export function collectedMark(from: ValueSource | undefined): string | undefined {
  if (!from) return undefined;
  const [kind, computer] = from.origin?.split(/:(.*)/) ?? [];
  const who =
    kind === 'event'
      ? `the event logged on ${computer}`
      : `the collector${computer ? ` on ${computer}` : ''}`;
  return from.detail === '' ? `From ${who}.` : `From ${who}, whose probe saw: ${from.detail}`;
}
