import fc from 'fast-check';
import type { Case } from '../domain/case/case';
import type { Answer, DecisionModel } from '../domain/model/event-model';

/** Random evidence in a model's own terms: one of its codes, its events, its checks' answers. */
export function casesOf(model: DecisionModel): fc.Arbitrary<Case> {
  const triggers = [...model.rules, ...model.notes].flatMap((r) => r.anyOf);
  const codes = [...new Set(triggers.flatMap((t) => (t.kind === 'code' ? [t.code] : [])))];
  const events = [
    ...new Set(
      triggers.flatMap((t) =>
        t.kind === 'event' ? [t.event] : t.kind === 'event-without' ? [t.event, t.without] : [],
      ),
    ),
  ];
  return fc.record({
    code: fc.option(fc.constantFrom(...codes, '0x80004005'), { nil: undefined }),
    seen: fc
      .uniqueArray(fc.constantFrom(0, ...events), { maxLength: 4 })
      .map((l) => l.filter((id) => id > 0).sort((a, b) => a - b)),
    answers: fc.record(
      Object.fromEntries(
        model.checks.map((k) => [
          k.id,
          fc.constantFrom<Answer | undefined>('yes', 'no', undefined, undefined),
        ]),
      ),
      { requiredKeys: [] },
    ),
  }) as fc.Arbitrary<Case>;
}
