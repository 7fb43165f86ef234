import { bench, describe } from 'vitest';
import { craftedEvtx, doublingRecord, repeatedValueRecord } from '../test-fixtures/crafted-evtx';
import { readEvtx } from './read-evtx';

/**
 * Crafted logs (issue 19, item 1): 2^40 leaves per record, or a 12,000-character value
 * named 3,000 times. Time per chunk must stay flat as the file grows: 1, 8 and 64 chunks.
 */
const doubling = (chunks: number) =>
  craftedEvtx(
    Array.from({ length: chunks * 8 }, () => doublingRecord(40)),
    8,
  );

describe('crafted .evtx files that expand without end (linear in the file size)', () => {
  for (const chunks of [1, 8, 64]) {
    const file = doubling(chunks);
    bench(
      `${chunks} chunk(s) of records doubling 40 times (${(file.length / 1024).toFixed(0)} KB)`,
      () => {
        readEvtx(file);
      },
      { iterations: 3, time: 0 },
    );
  }
  const repeated = craftedEvtx([repeatedValueRecord(12_000, 3_000)]);
  bench(
    'one record naming a 12,000-character value 3,000 times',
    () => {
      readEvtx(repeated);
    },
    { iterations: 3, time: 0 },
  );
});
