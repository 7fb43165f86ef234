import { bench, describe } from 'vitest';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { collectorBlock } from '../test-fixtures/collector-blocks';
import { readCollectorBlock, repeatedTopLevelKeys } from './read-block';

// A pasted block can be as long as the paste limit; reading it must stay linear.
const SIZE = 5_000_000;
const manyKeys = `{${Array.from({ length: SIZE / 12 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
const escapes = JSON.stringify({ user: '\\"'.repeat(SIZE / 4), seen: [10771] });
const deep = `{"a":${'['.repeat(SIZE / 4)}${']'.repeat(SIZE / 4)}}`;
const bigSeen = collectorBlock({
  seen: Array.from({ length: SIZE / 8 }, (_, i) => (i % 2 ? 'x' : i)),
});

describe('the collector block, 5 MB', () => {
  bench('repeated keys: many keys', () => {
    repeatedTopLevelKeys(manyKeys);
  });
  bench('repeated keys: one string of escapes', () => {
    repeatedTopLevelKeys(escapes);
  });
  bench('repeated keys: deep nesting', () => {
    repeatedTopLevelKeys(deep);
  });
  bench('whole block: a huge seen list', () => {
    readCollectorBlock(bigSeen, model);
  });
});
