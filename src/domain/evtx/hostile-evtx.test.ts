import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  craftedEvtx,
  deepRecord,
  doublingRecord,
  plainRecord,
  repeatedValueRecord,
} from '../test-fixtures/crafted-evtx';
import { EXPANSION_LIMITS } from './binxml';
import { readEvtx } from './read-evtx';

const L = EXPANSION_LIMITS;

/** The longest chain of elements in a record's Computer value is not kept; its length is. */
describe('a crafted .evtx whose records expand without end', () => {
  it('is read within the limits when templates double 40 times (2^40 leaves)', () => {
    const reading = readEvtx(craftedEvtx([plainRecord('SSO01'), doublingRecord(40)]));
    expect(reading.records).toHaveLength(2);
    const [plain, crafted] = reading.records;
    expect(plain?.computer).toBe('SSO01');
    expect(crafted?.provider).toBe('ENTSSO');
    expect(crafted?.eventId).toBe(10526);
    expect(crafted?.computer.length).toBeLessThanOrEqual(L.recordChars);
    expect(reading.notes.join(' ')).toMatch(/Record 2 expands to more than 10,000 elements/);
  });

  it('cuts a value named thousands of times in one run of text', () => {
    const reading = readEvtx(craftedEvtx([repeatedValueRecord(12_000, 3_000)]));
    expect(reading.records[0]?.computer.length).toBe(L.recordChars);
    expect(reading.notes.join(' ')).toMatch(
      /Record 1 expands to more than 131,072 characters of text/,
    );
  });

  it('keeps no element deeper than the nesting limit, and says so', () => {
    const reading = readEvtx(craftedEvtx([deepRecord(200)]));
    expect(reading.records[0]?.provider).toBe('ENTSSO');
    expect(reading.notes.join(' ')).toMatch(/Record 1 expands to more than 64 levels of nesting/);
    // A record within the limit is read whole and without a note.
    expect(readEvtx(craftedEvtx([deepRecord(20)])).notes).toEqual([]);
  });

  it('stops expanding a chunk whose records together reach its limit, and names the rest', () => {
    const records = Array.from({ length: 12 }, () => repeatedValueRecord(500, 300));
    const reading = readEvtx(craftedEvtx(records));
    const expanded = reading.records.filter((r) => !r.error);
    const total = expanded.reduce((sum, r) => sum + r.computer.length, 0);
    expect(total).toBeLessThanOrEqual(L.chunkChars);
    expect(expanded.length).toBeGreaterThan(0);
    expect(reading.records.filter((r) => r.error).length).toBeGreaterThan(0);
    expect(reading.notes.join(' ')).toMatch(/already expand to the most a chunk may hold/);
  });

  it('does work bounded by the number of chunks, whatever the records stand for (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 48 }).map((n) => doublingRecord(n)),
            fc
              .tuple(fc.integer({ min: 1, max: 4_000 }), fc.integer({ min: 1, max: 400 }))
              .map(([chars, repeats]) => repeatedValueRecord(chars, repeats)),
            fc.integer({ min: 1, max: 120 }).map((n) => deepRecord(n)),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (builders) => {
          const reading = readEvtx(craftedEvtx(builders, 2));
          const chunks = new Map<number, number>();
          for (const r of reading.records)
            chunks.set(r.chunk, (chunks.get(r.chunk) ?? 0) + r.computer.length);
          for (const chars of chunks.values()) expect(chars).toBeLessThanOrEqual(L.chunkChars);
          for (const r of reading.records)
            expect(r.computer.length).toBeLessThanOrEqual(L.recordChars);
          expect(reading.records).toHaveLength(builders.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
