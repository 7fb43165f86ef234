import { CASE_FIELDS } from '../case/case-fields';
import { idListParam } from '../case/id-list';
import type { Role } from '../model/event-model';
import { emptyBlock, type CollectorBlock } from './block';

/** Two computers that said different things about one question or fact. */
export interface BlockConflict {
  param: string;
  said: Array<{ host: string; value: string }>;
}

/** Blocks from several computers of one incident, read as one. */
export interface MergedBlocks extends CollectorBlock {
  /** Each computer, with the roles it plays there. */
  sources: Array<{ host: string; roles: Role[]; rolesWhy: CollectorBlock['rolesWhy'] }>;
  /** What the computers disagree on: none of it is taken, both sides are shown. */
  disagree: BlockConflict[];
}

/** The values of the event itself: from the computer that logged it, not from every block. */
const EVENT_VALUES = new Set(
  CASE_FIELDS.filter((f) => f.step === 'gather' || f.inLayout !== undefined).map((f) => f.name),
);

const hostOf = (block: CollectorBlock, index: number) => block.host ?? `computer ${index + 1}`;

/**
 * Several collector blocks as one: the event's own values come from the computer that
 * made the request (else the first that read the event); every other value and answer is
 * taken when the computers that gave it agree, and left out with both sides named when
 * they do not; related events add up. The order of the blocks does not matter.
 */
export function mergeBlocks(blocks: readonly CollectorBlock[]): MergedBlocks {
  const named = blocks.map((block, i) => ({ block, host: hostOf(block, i) }));
  named.sort((a, b) => (a.host < b.host ? -1 : a.host > b.host ? 1 : 0));
  const eventSource =
    named.find((n) => n.block.event !== undefined && n.block.roles.includes('client')) ??
    named.find((n) => n.block.event !== undefined) ??
    named[0];
  const merged: MergedBlocks = {
    ...emptyBlock(),
    sources: named.map(({ block, host }) => ({
      host,
      roles: block.roles,
      rolesWhy: block.rolesWhy,
    })),
    disagree: [],
  };
  if (eventSource?.block.event !== undefined) merged.event = eventSource.block.event;
  if (eventSource?.block.host !== undefined) merged.host = eventSource.block.host;

  const params = new Set(named.flatMap(({ block }) => Object.keys(block.changes)));
  const seen = new Set<number>();
  for (const param of [...params].sort()) {
    if (param === 'seen') {
      for (const { block } of named)
        for (const id of (block.changes.seen ?? '').split(',').filter(Boolean))
          seen.add(Number(id));
      continue;
    }
    const givers = EVENT_VALUES.has(param as never) && eventSource ? [eventSource] : named;
    const said = givers.flatMap(({ block, host }) =>
      param in block.changes
        ? [{ host, value: block.changes[param] ?? '', detail: block.detail[param] ?? '' }]
        : [],
    );
    if (said.length === 0) continue;
    if (new Set(said.map((s) => s.value)).size > 1) {
      merged.disagree.push({ param, said: said.map(({ host, value }) => ({ host, value })) });
      continue;
    }
    merged.changes[param] = said[0]?.value ?? '';
    // Computers that agree count once: the first names the origin, the words name them all.
    (merged.from ??= {})[param] = said[0]?.host ?? '';
    // What each probe saw, by computer; none when no probe said anything.
    const probed = said.filter((s) => s.detail !== '');
    if (probed.length > 0)
      merged.detail[param] = probed.map((s) => `${s.host}: ${s.detail}`).join('; ');
  }
  const seenParam = idListParam([...seen]);
  if (seenParam) merged.changes.seen = seenParam;

  for (const { block, host } of named) {
    merged.problems.push(...block.problems.map((p) => `${host}: ${p}`));
    merged.events.push(...block.events);
    for (const role of block.roles) if (!merged.roles.includes(role)) merged.roles.push(role);
    for (const gap of block.elsewhere)
      if (!(gap.check in merged.changes) && !merged.elsewhere.some((e) => e.check === gap.check))
        merged.elsewhere.push(gap);
  }
  return merged;
}
