import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../model/event-model';
import type { CollectorBlock } from './block';
import { mergeBlocks } from './merge-blocks';

const block = (
  host: string,
  roles: Role[],
  changes: Record<string, string>,
  event?: number,
): CollectorBlock => ({
  changes,
  detail: Object.fromEntries(Object.keys(changes).map((k) => [k, `${k} seen on ${host}`])),
  problems: [],
  events: [],
  roles,
  rolesWhy: {},
  elsewhere: [],
  host,
  ...(event === undefined ? {} : { event }),
});

describe('blocks from several computers of one incident', () => {
  it("takes the event's values from the computer that made the request, and what the others agree on", () => {
    const bts = block(
      'BTS01',
      ['client'],
      { code: '0x800706D9', host: 'BTS01', rpc: 'yes', seen: '10532' },
      10532,
    );
    const mss = block('SSO01', ['mss'], {
      host: 'SSO01',
      cluster: 'yes',
      svc: 'yes',
      seen: '10527',
    });
    const merged = mergeBlocks([mss, bts]);
    expect(merged.event).toBe(10532);
    expect(merged.changes).toMatchObject({
      code: '0x800706D9',
      host: 'BTS01',
      rpc: 'yes',
      cluster: 'yes',
      svc: 'yes',
      seen: '10527,10532',
    });
    expect(merged.detail.cluster).toBe('SSO01: cluster seen on SSO01');
    expect(merged.sources.map((s) => s.host)).toEqual(['BTS01', 'SSO01']);
    expect(merged.disagree).toEqual([]);
  });

  it('keeps a disagreement out of the case, with both computers named', () => {
    const node1 = block('NODE1', ['node'], { owner: 'no', cluster: 'yes' });
    const node2 = block('NODE2', ['node'], { owner: 'yes', cluster: 'yes' });
    const merged = mergeBlocks([node1, node2]);
    expect(merged.changes.owner).toBeUndefined();
    expect(merged.changes.cluster).toBe('yes');
    expect(merged.disagree).toEqual([
      {
        param: 'owner',
        said: [
          { host: 'NODE1', value: 'no' },
          { host: 'NODE2', value: 'yes' },
        ],
      },
    ]);
  });

  it('gives the same case in any order, and loses no answer: each is taken or named as disputed', () => {
    const answer = fc.constantFrom('yes', 'no');
    const oneBlock = fc.record({
      host: fc.constantFrom('BTS01', 'SSO01', 'NODE2', 'SQL01'),
      answers: fc.dictionary(
        fc.constantFrom('cluster', 'owner', 'svc', 'rpc', 'secretkey'),
        answer,
      ),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(oneBlock, { selector: (b) => b.host, minLength: 1, maxLength: 4 }),
        (raw) => {
          const blocks = raw.map((b) => block(b.host, ['mss'], b.answers));
          const merged = mergeBlocks(blocks);
          const again = mergeBlocks([...blocks].reverse());
          expect(again.changes).toEqual(merged.changes);
          expect(again.disagree).toEqual(merged.disagree);
          for (const b of raw)
            for (const [check, value] of Object.entries(b.answers)) {
              const disputed = merged.disagree.find((d) => d.param === check);
              if (disputed) expect(disputed.said).toContainEqual({ host: b.host, value });
              else expect(merged.changes[check]).toBe(value);
            }
        },
      ),
      { numRuns: 500 },
    );
  });
});
