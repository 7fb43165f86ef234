import type { Case } from '../case/case';
import type { Answer, DecisionModel } from '../model/event-model';
import { diagnose } from './diagnose';

// Which questions to put first: kept apart from diagnose, which the start page loads,
// since only the question steps and the result use them.

/**
 * With no evidence to rank, the checks that move the diagnosis most: each open check is
 * tried with both answers, and scores one for each answer that names a cause and one
 * more for each that decides it. Ties keep the model's order. For the no-code case,
 * where a cause list would only be noise.
 */
export function mostUsefulChecks(model: DecisionModel, c: Case, count: number): string[] {
  const scored = diagnose(model, c).openChecks.map((id, order) => {
    let score = 0;
    for (const answer of ['yes', 'no'] as const) {
      const d = diagnose(model, { ...c, answers: { ...c.answers, [id]: answer } });
      if (d.ranked.some((r) => r.cause !== model.fallbackCause)) score += 1;
      if (d.decided) score += 1;
    }
    return { id, score, order };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .map((s) => s.id);
}

/**
 * Which of a step's checks to ask for the evidence at hand: those whose answer, either
 * way, would confirm, reorder or rule out a cause already listed. The rest only matter
 * for causes nothing points at yet, so a step folds them under "other checks". The split
 * is judged on the evidence from before this step (its own answers set aside), so that
 * answering one question never moves another out from under the person; with no cause
 * listed every check is worth asking.
 */
export function checksWorthAsking(
  model: DecisionModel,
  c: Case,
  step: string,
): { ask: string[]; other: string[] } {
  const ask: string[] = [];
  const other: string[] = [];
  const ids = model.checks.filter((k) => k.step === step).map((k) => k.id);
  const base: Case = {
    ...c,
    answers: { ...c.answers, ...Object.fromEntries(ids.map((id) => [id, undefined])) },
  };
  const listed = diagnose(model, base)
    .ranked.map((r) => r.cause)
    .filter((cause) => cause !== model.fallbackCause);
  for (const id of ids) {
    // How the listed causes stand: their order among themselves, each one's standing.
    const shape = (answer: Answer | undefined) =>
      diagnose(model, { ...base, answers: { ...base.answers, [id]: answer } })
        .ranked.filter((r) => listed.includes(r.cause))
        .map((r) => `${r.cause}:${r.standing}`)
        .join('|');
    const now = shape(undefined);
    const moves = listed.length === 0 || shape('yes') !== now || shape('no') !== now;
    (moves ? ask : other).push(id);
  }
  return { ask, other };
}
