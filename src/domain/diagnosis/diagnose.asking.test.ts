import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_CASE, type Case } from '../case/case';
import { checksWorthAsking, mostUsefulChecks } from './checks-to-ask';
import { diagnose } from './diagnose';
import { ENTSSO_10526 } from '../model/entsso-10526';

const model = ENTSSO_10526;
const withCode = (code: string): Case => ({ ...EMPTY_CASE, code });
const stepChecks = (step: string) => model.checks.filter((k) => k.step === step).map((k) => k.id);

describe('checksWorthAsking', () => {
  it('asks, for access denied, the rights checks and folds the service and cluster ones', () => {
    const { ask, other } = checksWorthAsking(model, withCode('0x80070005'), 'admin-rights');
    expect(ask).toEqual(expect.arrayContaining(['elevated', 'localadmin', 'ssoadmin']));
    expect(other).toEqual(expect.arrayContaining(['svc', 'db', 'cluster', 'rpc']));
  });

  it('asks, for RPC unavailable, the service and RPC checks and not the rights ones', () => {
    const { ask, other } = checksWorthAsking(model, withCode('0x800706BA'), 'admin-rights');
    expect(ask).toEqual(expect.arrayContaining(['svc', 'rpc']));
    expect(other).toEqual(expect.arrayContaining(['elevated', 'localadmin']));
  });

  it('asks everything while no cause is listed', () => {
    expect(checksWorthAsking(model, EMPTY_CASE, 'admin-rights').ask).toEqual(
      stepChecks('admin-rights'),
    );
  });

  it('splits the step into the two lists, and no answer on the step moves any of its checks', () => {
    const codes = ['0x80070005', '0x800706BA', '0xC0002A14', '0xC0002A1F', '0x80004005'];
    const ids = stepChecks('admin-rights');
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.dictionary(fc.constantFrom(...ids), fc.constantFrom('yes' as const, 'no' as const)),
        fc.constantFrom(...ids),
        fc.constantFrom('yes' as const, 'no' as const),
        (code, answers, id, answer) => {
          const c: Case = { ...withCode(code), answers: { ...answers, [id]: undefined } };
          const before = checksWorthAsking(model, c, 'admin-rights');
          expect([...before.ask, ...before.other].sort()).toEqual([...ids].sort());
          const after = checksWorthAsking(
            model,
            { ...c, answers: { ...c.answers, [id]: answer } },
            'admin-rights',
          );
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('mostUsefulChecks', () => {
  it('gives, with nothing known, two open checks whose answers name causes', () => {
    const two = mostUsefulChecks(model, EMPTY_CASE, 2);
    expect(two).toHaveLength(2);
    for (const id of two) {
      const named = (['yes', 'no'] as const).filter((a) =>
        diagnose(model, { ...EMPTY_CASE, answers: { [id]: a } }).ranked.some(
          (r) => r.cause !== model.fallbackCause,
        ),
      );
      expect(named.length).toBeGreaterThan(0);
    }
  });

  it('never offers an answered check', () => {
    const c: Case = { ...EMPTY_CASE, answers: { mss: 'yes' } };
    expect(mostUsefulChecks(model, c, 3)).not.toContain('mss');
  });
});
