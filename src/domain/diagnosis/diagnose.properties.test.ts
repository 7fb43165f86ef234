import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../case/case';
import { casesOf } from '../../test-support/model-cases';
import { diagnose, triggerHolds } from './diagnose';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import type { EvidenceRule, Trigger } from '../model/event-model';

/** Random evidence in the model's own terms: a code, some related events, some answers. */
const anyCase = casesOf(model);

/** Which rules fire, worked out here from the rule data, not taken from diagnose. */
function firing(c: Case): EvidenceRule[] {
  return model.rules.filter((rule) => {
    const holds = (rule.requires ?? []).every(({ check, is }) => {
      const given = c.answers[check];
      switch (is) {
        case 'not-yes':
          return given !== 'yes';
        case 'not-no':
          return given !== 'no';
        case 'unanswered':
          return given === undefined;
        default:
          return given === is;
      }
    });
    return holds && rule.anyOf.some((t) => triggerHolds(t, c));
  });
}

const ruledOut = (cause: string, c: Case) => {
  const check = model.causes.find((k) => k.id === cause)?.ruledOutBy;
  return check !== undefined && c.answers[check] === 'yes';
};

describe('a decided result never claims more than its evidence', () => {
  it('has exactly one cause whose rules fire decisively', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const d = diagnose(model, c);
        if (!d.decided) return;
        const decisive = new Set(
          firing(c)
            .filter((r) => r.strength === 'decisive' && !ruledOut(r.cause, c))
            .map((r) => r.cause),
        );
        expect([...decisive]).toEqual([d.ranked[0]?.cause]);
      }),
      { numRuns: 3000 },
    );
  });

  it('lists no other cause on the evidence that decided the top one', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        const d = diagnose(model, c);
        const top = d.ranked[0];
        if (!d.decided || !top) return;
        const rules = firing(c);
        const deciding: Trigger[] = rules
          .filter((r) => r.strength === 'decisive' && r.cause === top.cause)
          .flatMap((r) => r.anyOf.filter((t) => triggerHolds(t, c)));
        for (const other of rules.filter((r) => r.cause !== top.cause && !ruledOut(r.cause, c))) {
          const shared = other.anyOf.filter((t) =>
            deciding.some((d) => JSON.stringify(d) === JSON.stringify(t)),
          );
          expect(shared, `${other.id} shares ${top.cause}'s deciding evidence`).toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('calls a cause confirmed only when an answer is among what named it', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        for (const r of diagnose(model, c).ranked) {
          if (r.standing !== 'confirmed') continue;
          const byAnswer = firing(c).some(
            (rule) =>
              rule.cause === r.cause &&
              rule.strength === 'decisive' &&
              ((rule.requires ?? []).some((q) => q.is === 'no') ||
                rule.anyOf.some((t) => t.kind === 'answer' && triggerHolds(t, c))),
          );
          expect(byAnswer).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
