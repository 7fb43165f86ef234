import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../case/case';
import { casesOf } from '../../test-support/model-cases';
import { TEST_REGISTRY } from '../../test-support/test-registry';
import { diagnose, STANDING_RANK, triggerHolds } from './diagnose';
import type { DecisionModel, EvidenceRule, Trigger } from '../model/event-model';

const MODELS: readonly DecisionModel[] = await Promise.all(TEST_REGISTRY.map((e) => e.load()));

/** Which rules fire, worked out here from the rule data, not taken from diagnose. */
function firing(model: DecisionModel, c: Case): EvidenceRule[] {
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

const ruledOut = (model: DecisionModel, cause: string, c: Case) => {
  const check = model.causes.find((k) => k.id === cause)?.ruledOutBy;
  return check !== undefined && c.answers[check] === 'yes';
};

/** A decisive rule that an answer fired (a `no`, or one it requires): it confirms. */
const confirming = (rule: EvidenceRule, c: Case) =>
  rule.strength === 'decisive' &&
  ((rule.requires ?? []).some((q) => q.is === 'no') ||
    rule.anyOf.some((t) => t.kind === 'answer' && triggerHolds(t, c)));

/** Evidence a confirmed cause explains (model.explains), worked out from the data. */
function explainedFor(model: DecisionModel, c: Case, cause: string): Trigger[] {
  return (model.explains ?? []).flatMap((e) =>
    e.cause !== cause &&
    !ruledOut(model, e.cause, c) &&
    firing(model, c).some((r) => r.cause === e.cause && confirming(r, c))
      ? e.triggers.filter((t) => triggerHolds(t, c))
      : [],
  );
}

describe.each(MODELS.map((m) => [m.event.id, m] as const))(
  'event %i: a result never claims more than its evidence',
  (_id, model) => {
    const anyCase = casesOf(model);

    it('ranks every confirmed cause above every indicated one, and those above the possible', () => {
      fc.assert(
        fc.property(anyCase, (c) => {
          const ranks = diagnose(model, c).ranked.map((r) => STANDING_RANK[r.standing]);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        }),
        { numRuns: 1500 },
      );
    });

    it('decides on exactly one confirmed cause, or on one named cause when none is confirmed', () => {
      fc.assert(
        fc.property(anyCase, (c) => {
          const d = diagnose(model, c);
          const confirmed = d.ranked.filter((r) => r.standing === 'confirmed');
          if (confirmed.length === 1) {
            expect(d.decided).toBe(true);
            expect(d.ranked[0]).toBe(confirmed[0]);
          }
          if (!d.decided || confirmed.length > 0) return;
          // Decided on indications alone: only the top cause has a decisive rule firing.
          const decisive = new Set(
            firing(model, c)
              .filter((r) => r.strength === 'decisive' && !ruledOut(model, r.cause, c))
              .filter(
                (r) =>
                  !r.anyOf
                    .filter((t) => triggerHolds(t, c))
                    .every((t) =>
                      explainedFor(model, c, r.cause).some(
                        (x) => JSON.stringify(x) === JSON.stringify(t),
                      ),
                    ),
              )
              .map((r) => r.cause),
          );
          expect([...decisive]).toEqual([d.ranked[0]?.cause]);
        }),
        { numRuns: 1500 },
      );
    });

    it('lists no other cause on the evidence that decided an indicated top one', () => {
      fc.assert(
        fc.property(anyCase, (c) => {
          const d = diagnose(model, c);
          const top = d.ranked[0];
          if (!d.decided || !top || top.standing !== 'indicated') return;
          const rules = firing(model, c);
          const deciding: Trigger[] = rules
            .filter((r) => r.strength === 'decisive' && r.cause === top.cause)
            .flatMap((r) => r.anyOf.filter((t) => triggerHolds(t, c)));
          for (const other of rules.filter(
            (r) => r.cause !== top.cause && !ruledOut(model, r.cause, c),
          )) {
            const shared = other.anyOf.filter((t) =>
              deciding.some((d) => JSON.stringify(d) === JSON.stringify(t)),
            );
            expect(shared, `${other.id} shares ${top.cause}'s deciding evidence`).toEqual([]);
          }
        }),
        { numRuns: 1500 },
      );
    });

    it('calls a cause confirmed only when an answer is among what named it', () => {
      fc.assert(
        fc.property(anyCase, (c) => {
          for (const r of diagnose(model, c).ranked) {
            if (r.standing !== 'confirmed') continue;
            const byAnswer = firing(model, c).some(
              (rule) => rule.cause === r.cause && confirming(rule, c),
            );
            expect(byAnswer).toBe(true);
          }
        }),
        { numRuns: 1500 },
      );
    });

    it('points no explained evidence at another cause while the explaining one is confirmed', () => {
      fc.assert(
        fc.property(anyCase, (c) => {
          const d = diagnose(model, c);
          for (const r of d.ranked) {
            const explained = explainedFor(model, c, r.cause);
            for (const t of r.evidenceFor)
              expect(explained.map((x) => JSON.stringify(x))).not.toContain(JSON.stringify(t));
          }
        }),
        { numRuns: 1500 },
      );
    });
  },
);
