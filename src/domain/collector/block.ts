import { originFrom } from '../case/origin-words';
import type { Origin } from '../case/origins';
import type { Role } from '../model/event-model';

/** What a collector block holds once read: the reader's output, and what merging takes. */
export interface CollectedEvent {
  id: number;
  time: string;
  message: string;
}

export interface CollectorBlock {
  /** Link parameters it sets: facts, answers and related events, each checked like a typed value. */
  changes: Record<string, string>;
  /** For each parameter taken from it, what the probe saw. */
  detail: Record<string, string>;
  /** What could not be used, and why; a broken block has only these. */
  problems: string[];
  events: CollectedEvent[];
  /** The event whose newest occurrence gave the block's code, Tracking ID and time. */
  event?: number;
  /** The computer the collector ran on. */
  host?: string;
  /** Blocks read together: the computer that gave each parameter (else `host` did). */
  from?: Record<string, string>;
  /** The roles that computer plays in the incident, with the fact that shows each. */
  roles: Role[];
  rolesWhy: Partial<Record<Role, string>>;
  /** Answers not taken: about a role this computer does not play. */
  elsewhere: Array<{ check: string; role: Role }>;
}

/** A block with nothing read yet: what the reader and the merge start from. */
export const emptyBlock = (): CollectorBlock => ({
  changes: {},
  detail: {},
  problems: [],
  events: [],
  roles: [],
  rolesWhy: {},
  elsewhere: [],
});

/** Where each value and answer of a block came from, and what its probe saw. */
export function blockOrigins(block: Pick<CollectorBlock, 'changes' | 'detail' | 'host' | 'from'>): {
  origins: Record<string, Origin>;
  details: Record<string, string>;
} {
  const origins: Record<string, Origin> = {};
  const details: Record<string, string> = {};
  for (const name of Object.keys(block.changes)) {
    if (name === 'seen') continue;
    const origin = originFrom('collector', block.from?.[name] ?? block.host);
    if (!origin) continue;
    origins[name] = origin;
    const detail = block.detail[name];
    if (detail) details[name] = detail;
  }
  return { origins, details };
}
