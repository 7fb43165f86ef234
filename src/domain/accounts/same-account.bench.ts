import { bench, describe } from 'vitest';
import { accountsMatch } from './same-account';

// A field holds at most 256 characters, but the matcher must not care: 1 MB names,
// shaped to trouble a backtracking pattern, stay linear.
const SIZE = 1_000_000;
const slashes = `${'\\'.repeat(SIZE)}x`;
const authority = `nt authority${'\\'.repeat(SIZE)}`;
const ats = `${'a@'.repeat(SIZE / 2)}contoso.com`;

describe('accountsMatch, 1 MB names', () => {
  bench('backslashes', () => {
    accountsMatch(slashes, `CONTOSO${slashes}`);
  });
  bench('a machine identity that goes on', () => {
    accountsMatch(authority, 'CONTOSO\\BTS01$');
  });
  bench('at signs', () => {
    accountsMatch(ats, 'CONTOSO\\a');
  });
});
