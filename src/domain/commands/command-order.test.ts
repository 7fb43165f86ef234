import { describe, expect, it } from 'vitest';
import { ENTSSO_10526 } from '../model/entsso-10526';
import { fieldsOf, FOUND_BY } from './fill-command';

/**
 * Lists of commands where one needs a value another one shows: the finder must come
 * first, or a person meets "<master secret server>" with nothing yet that tells it.
 */
function findersLate(commands: readonly string[]): string[] {
  const problems: string[] = [];
  commands.forEach((command, index) => {
    for (const field of fieldsOf(command)) {
      const finder = FOUND_BY[field];
      if (finder && !commands.slice(0, index).some((c) => finder.test(c)))
        problems.push(`"${command}" needs ${field} before a command that shows it`);
    }
  });
  return problems;
}

describe('commands come in the order that fills them', () => {
  const text = ENTSSO_10526.text;
  it.each(Object.entries(text.causes))('the fix of %s', (_id, cause) => {
    expect(findersLate(cause.fix.flatMap((s) => (s.command ? [s.command.code] : [])))).toEqual([]);
  });
  it.each(Object.entries(text.checks))('the check %s', (_id, check) => {
    expect(findersLate(check.how.map((h) => h.command))).toEqual([]);
  });
  it('catches a finder that comes late', () => {
    expect(
      findersLate([
        'Invoke-Command -ComputerName {mss} -ScriptBlock { hostname }',
        'ssomanage -displaydb',
      ]),
    ).toHaveLength(1);
  });
});
