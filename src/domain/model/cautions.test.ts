import { describe, expect, it } from 'vitest';
import { ENTSSO_10526 as model } from './entsso-10526';

/** Commands that change rights or state, by their verb or switch. */
const CHANGES =
  /\b(?:Add|Remove|Set|New|Start|Stop|Restart|Grant|Enable|Disable)-\w+|-(?:disablesso|enablesso|updatedb|restoreSecret)\b|\/(?:add|grant)\b/i;

const fixes = Object.entries(model.text.causes).map(([id, text]) => ({ id, fix: text.fix }));

describe('steps that change rights or state', () => {
  it('finds the changing commands it should', () => {
    expect(CHANGES.test('Add-LocalGroupMember -Group Administrators')).toBe(true);
    expect(CHANGES.test('ssomanage -disablesso')).toBe(true);
    expect(CHANGES.test('Get-LocalGroupMember -Group Administrators')).toBe(false);
    expect(CHANGES.test('ssomanage -displaydb')).toBe(false);
  });

  it.each(fixes)('$id: every changing command carries a caution said before it', ({ fix }) => {
    for (const step of fix) {
      if (step.command && CHANGES.test(step.command.code))
        expect(step.caution, step.command.code).toMatch(/\w{3,}.*\w/);
    }
  });

  it.each(['not-local-admin', 'not-sso-admin'])(
    '%s: the rights change comes after the check that shows it is needed and after the change-nothing way',
    (id) => {
      const fix = model.text.causes[id]?.fix ?? [];
      const firstChange = fix.findIndex((s) => s.caution !== undefined);
      const check = fix.findIndex((s) => /\bGet-\w+/.test(s.command?.code ?? ''));
      const changeNothing = fix.findIndex((s) => /^Changing nothing/.test(s.text));
      expect(firstChange).toBeGreaterThan(0);
      expect(check).toBeGreaterThanOrEqual(0);
      expect(check).toBeLessThan(firstChange);
      expect(changeNothing).toBeGreaterThan(check);
      expect(changeNothing).toBeLessThan(firstChange);
    },
  );

  it('offers a filled rights change for a domain group and for a local group alike', () => {
    const codes = (model.text.causes['not-sso-admin']?.fix ?? []).map((s) => s.command?.code ?? '');
    expect(codes.some((c) => c.startsWith('Add-ADGroupMember'))).toBe(true);
    expect(codes.some((c) => c.startsWith('Add-LocalGroupMember'))).toBe(true);
  });
});
