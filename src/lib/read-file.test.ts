import { describe, expect, it } from 'vitest';
import { utf16File as utf16 } from '../domain/test-fixtures/log-exports';
import { readTextFile } from './read-file';

describe('readTextFile', () => {
  it('reads a file within the limit whole, in UTF-8 or UTF-16', async () => {
    for (const body of ['Event ID: 10526 €', utf16('Event ID: 10526 €')]) {
      const read = await readTextFile(new File([body], 'event.txt'), 100);
      expect(read).toEqual({ text: 'Event ID: 10526 €', whole: true });
    }
  });

  it('reads only the start of a longer file and says so, at the limit exactly', async () => {
    const text = 'x'.repeat(1000) + '€'.repeat(1000);
    for (const body of [text, utf16(text)]) {
      const read = await readTextFile(new File([body], 'big.txt'), 1500);
      expect(read.whole).toBe(false);
      expect(read.text).toBe(text.slice(0, 1500));
    }
    // Three-byte characters up to the limit exactly: whole, nothing left unread.
    const exact = await readTextFile(new File(['€'.repeat(500)], 'e.txt'), 500);
    expect(exact).toEqual({ text: '€'.repeat(500), whole: true });
    const over = await readTextFile(new File(['€'.repeat(501)], 'e.txt'), 500);
    expect(over.whole).toBe(false);
  });
});
