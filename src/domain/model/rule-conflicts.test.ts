import { describe, expect, it } from 'vitest';
import { ENTSSO_10526_DECISION } from './entsso-10526/decision';
import type { DecisionModel, EvidenceRule } from './event-model';
import { ruleConflicts } from './rule-conflicts';

const CODE = { kind: 'code', code: '0xC0002A13' } as const;

const modelWith = (...rules: EvidenceRule[]): DecisionModel => ({
  event: { id: 1, name: 'TEST', summary: 'a test event', layout: [] },
  causes: [{ id: 'a', ruledOutBy: 'ka' }, { id: 'b', ruledOutBy: 'kb' }, { id: 'none' }],
  fallbackCause: 'none',
  checks: [
    { id: 'ka', step: 'admin-rights' },
    { id: 'kb', step: 'admin-rights' },
  ],
  rules,
  notes: [],
  questionSteps: ['admin-rights'],
  optionalSteps: [],
});

describe('rules that contradict each other', () => {
  it('finds evidence decisive for one cause that lists another', () => {
    const problems = ruleConflicts(
      modelWith(
        { id: 'x', cause: 'a', anyOf: [CODE], strength: 'decisive' },
        { id: 'y', cause: 'b', anyOf: [CODE], strength: 'candidate' },
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/rule x is decisive for a .* rule y for b/);
  });

  it('accepts the same evidence split by an answer', () => {
    expect(
      ruleConflicts(
        modelWith(
          {
            id: 'x',
            cause: 'a',
            anyOf: [CODE],
            strength: 'decisive',
            requires: [{ check: 'ka', is: 'no' }],
          },
          {
            id: 'y',
            cause: 'b',
            anyOf: [CODE],
            strength: 'candidate',
            requires: [{ check: 'ka', is: 'not-no' }],
          },
        ),
      ),
    ).toEqual([]);
  });

  it('accepts a rule whose requirement rules the other cause out', () => {
    expect(
      ruleConflicts(
        modelWith(
          { id: 'x', cause: 'a', anyOf: [CODE], strength: 'decisive' },
          {
            id: 'y',
            cause: 'b',
            anyOf: [CODE],
            strength: 'decisive',
            requires: [{ check: 'ka', is: 'yes' }],
          },
        ),
      ),
    ).toEqual([]);
  });

  it('finds an overlap left open by an unanswered check', () => {
    const problems = ruleConflicts(
      modelWith(
        {
          id: 'x',
          cause: 'a',
          anyOf: [CODE],
          strength: 'decisive',
          requires: [{ check: 'kb', is: 'not-yes' }],
        },
        {
          id: 'y',
          cause: 'b',
          anyOf: [CODE],
          strength: 'candidate',
          requires: [{ check: 'kb', is: 'not-no' }],
        },
      ),
    );
    expect(problems).toHaveLength(1);
  });

  it('finds none in the 10526 model', () => {
    expect(ruleConflicts(ENTSSO_10526_DECISION)).toEqual([]);
  });
});
