import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVTX_SAMPLES } from '../test-fixtures/evtx-samples';

// The samples are copies of public files and their oracles: a formatter or an editor
// that rewrites one would quietly change what the reader is checked against.
const sums = readFileSync(join(EVTX_SAMPLES, 'SHA256SUMS'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [hash = '', name = ''] = line.split(/\s+/);
    return { hash, name };
  });

describe('the .evtx samples kept in the project', () => {
  it('lists every sample, its oracle and the licence texts', () => {
    const names = sums.map((s) => s.name);
    const evtx = readdirSync(EVTX_SAMPLES).filter((f) => f.endsWith('.evtx'));
    expect(evtx).toHaveLength(9);
    for (const file of evtx) {
      expect(names).toContain(file);
      expect(names).toContain(`oracle/${file.replace(/\.evtx$/, '.json')}`);
    }
    expect(names.filter((n) => n.startsWith('LICENSES/'))).toHaveLength(4);
  });

  it.each(sums)('$name is byte for byte the copy it was', ({ hash, name }) => {
    const actual = createHash('sha256')
      .update(readFileSync(join(EVTX_SAMPLES, name)))
      .digest('hex');
    expect(actual).toBe(hash);
  });

  it('names the origin and licence of each sample', () => {
    const readme = readFileSync(join(EVTX_SAMPLES, 'README.md'), 'utf8');
    const rows = readme
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    for (const file of readdirSync(EVTX_SAMPLES).filter((f) => f.endsWith('.evtx'))) {
      const row = rows.find((cells) => cells[1] === file);
      expect(row, file).toBeDefined();
      const [origin, licence] = (row ?? []).slice(4, 6);
      expect(origin).toMatch(/^[\w-]+\/[\w-]+: \S/);
      expect(licence).toMatch(/^(MIT or Apache-2\.0|Apache-2\.0|CC0-1\.0)$/);
    }
  });
});
