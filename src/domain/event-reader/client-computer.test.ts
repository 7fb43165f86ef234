import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitClientComputer } from './client-computer';

describe('splitClientComputer', () => {
  it('reads the computer and the program that asked', () => {
    expect(splitClientComputer('BTS01.contoso.com (ssoconfig.exe:4412)')).toEqual({
      computer: 'BTS01.contoso.com',
      program: 'ssoconfig.exe:4412',
    });
    expect(splitClientComputer(' BTS01 ')).toEqual({ computer: 'BTS01' });
    expect(splitClientComputer('(Configuration.exe:88)')).toEqual({
      program: 'Configuration.exe:88',
    });
    expect(splitClientComputer('')).toEqual({});
  });

  it('never returns text that was not in the value', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const { computer, program } = splitClientComputer(raw);
        if (computer) expect(raw).toContain(computer);
        if (program) expect(raw).toContain(program);
      }),
    );
  });
});
