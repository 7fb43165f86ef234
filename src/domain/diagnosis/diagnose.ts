import type { Case } from '../case/case';
import type { CaseFieldName } from '../case/case-fields';
import type { CheckStep, DecisionModel, EvidenceRule, Trigger } from '../model/event-model';

/**
 * How sure the page may sound about a cause. Confirmed: an answer (typed or from the
 * collector) says so. Indicated: a code or event names it by its documented meaning and
 * names nothing else. Possible: it fits the evidence among others.
 */
export type Standing = 'confirmed' | 'indicated' | 'possible';

export interface RankedCause {
  cause: string;
  score: number;
  decisive: boolean;
  standing: Standing;
  /** The evidence that points at this cause. */
  evidenceFor: Trigger[];
  /** The check that would rule it out or confirm it, not answered yet. */
  unchecked?: string;
}

export interface RuledOutCause {
  cause: string;
  by: string;
  /** Evidence that had pointed at it: a conflict worth a second look. */
  evidenceFor: Trigger[];
}

/** Notes every model can raise, besides its own note rules. */
export const GENERAL_NOTES = {
  otherEvent: 'other-event',
  contradiction: 'answers-contradict-evidence',
} as const;

export interface Diagnosis {
  ranked: RankedCause[];
  ruledOut: RuledOutCause[];
  /**
   * True when exactly one cause is confirmed, or none is and decisive evidence names
   * exactly one: the top one either way.
   */
  decided: boolean;
  /** Questions not answered yet that would confirm or rule out the causes listed. */
  openChecks: string[];
  /** Ids of the notes that apply: the model's note rules, then GENERAL_NOTES. */
  notes: string[];
  /**
   * Two account checks about one account (DecisionModel.oneAccount): `asked` is asked for
   * both, and its yes stands for `covered` too.
   */
  shared?: { asked: string; covered: string };
}

// Direct evidence outweighs answers, answers outweigh related events, all outweigh hints.
const WEIGHT = { code: 100, answer: 90, event: 80, candidate: 40 } as const;

function isUncPath(path: string | undefined): boolean {
  return path !== undefined && /^(?:\\\\|\/\/)/.test(path.trim());
}

function fieldText(c: Case, field: CaseFieldName): string | undefined {
  return field === 'event' ? c.event?.toString() : c[field];
}

function triggerWeight(trigger: Trigger): number {
  switch (trigger.kind) {
    case 'code':
      return WEIGHT.code;
    case 'answer':
      return WEIGHT.answer;
    case 'event':
    case 'event-without':
      return WEIGHT.event;
    case 'unc-path':
    case 'program':
      return WEIGHT.candidate;
  }
}

export function triggerHolds(trigger: Trigger, c: Case): boolean {
  switch (trigger.kind) {
    case 'code':
      return c.code === trigger.code;
    case 'event':
      return c.seen.includes(trigger.event);
    case 'answer':
      return c.answers[trigger.check] === trigger.is;
    case 'event-without':
      return c.seen.includes(trigger.event) && !c.seen.includes(trigger.without);
    case 'unc-path':
      return isUncPath(fieldText(c, trigger.field));
    case 'program':
      return c.program?.split(':')[0]?.trim().toLowerCase() === trigger.name.toLowerCase();
  }
}

function requirementsHold(rule: EvidenceRule, c: Case): boolean {
  return (rule.requires ?? []).every(({ check, is }) => {
    const given = c.answers[check];
    if (is === 'not-yes') return given !== 'yes';
    if (is === 'not-no') return given !== 'no';
    if (is === 'unanswered') return given === undefined;
    return given === is;
  });
}

const sameTrigger = (a: Trigger, b: Trigger) => JSON.stringify(a) === JSON.stringify(b);

/** A decisive rule that a `no` answer fired, or that needs one: an answer confirms it. */
function confirmsByAnswer(rule: EvidenceRule, fired: readonly Trigger[]): boolean {
  return (
    rule.strength === 'decisive' &&
    (fired.some((t) => t.kind === 'answer' && t.is === 'no') ||
      (rule.requires ?? []).some((r) => r.is === 'no'))
  );
}

interface Tally {
  score: number;
  decisive: boolean;
  confirmed: boolean;
  evidence: Trigger[];
}

/** What each cause's firing rules add up to; `ignored` drops evidence another cause explains. */
function tallyRules(
  model: DecisionModel,
  c: Case,
  ignored: (cause: string, trigger: Trigger) => boolean,
): Map<string, Tally> {
  const tally = new Map<string, Tally>();
  for (const rule of model.rules) {
    if (!requirementsHold(rule, c)) continue;
    const fired = rule.anyOf.filter((t) => triggerHolds(t, c) && !ignored(rule.cause, t));
    if (fired.length === 0) continue;
    const score =
      rule.strength === 'candidate'
        ? (rule.weight ?? WEIGHT.candidate)
        : Math.max(...fired.map(triggerWeight));
    const entry = tally.get(rule.cause) ?? {
      score: 0,
      decisive: false,
      confirmed: false,
      evidence: [],
    };
    entry.score += score;
    entry.decisive ||= rule.strength === 'decisive';
    entry.confirmed ||= confirmsByAnswer(rule, fired);
    for (const t of fired) {
      if (!entry.evidence.some((e) => sameTrigger(e, t))) entry.evidence.push(t);
    }
    tally.set(rule.cause, entry);
  }
  return tally;
}

/**
 * Two checks about one account are asked once (DecisionModel.oneAccount): the one answered
 * (else the first) is asked, and its yes stands for the other. A no stays with its own
 * question: one missing membership is one confirmed cause, not two. Two answers that differ
 * share nothing.
 */
function sharedAccount(model: DecisionModel, c: Case) {
  const one = model.oneAccount;
  if (!one) return { c };
  const [a, b] = one.fields.map((field) => c[field]);
  const [first, second] = one.checks;
  const [x, y] = [c.answers[first], c.answers[second]];
  if (!a || !b || one.match(a, b) !== 'same' || (x && y && x !== y)) return { c };
  const shared =
    x === undefined && y ? { asked: second, covered: first } : { asked: first, covered: second };
  const yes = c.answers[shared.asked] === 'yes' && !c.answers[shared.covered];
  return {
    c: yes ? { ...c, answers: { ...c.answers, [shared.covered]: 'yes' as const } } : c,
    shared,
  };
}

/** Confirmed first, then indicated, then possible: how sure outranks how much. */
export const STANDING_RANK: Readonly<Record<Standing, number>> = {
  confirmed: 0,
  indicated: 1,
  possible: 2,
};

/**
 * Ranks the causes the evidence supports; each rule counts once, by its strongest
 * trigger. Everything it knows about the event comes from the model.
 */
export function diagnose(model: DecisionModel, given: Case): Diagnosis {
  const { c, shared } = sharedAccount(model, given);
  const ruledOutNow = (cause: string) => {
    const check = model.causes.find((k) => k.id === cause)?.ruledOutBy;
    return check !== undefined && c.answers[check] === 'yes';
  };
  let tally = tallyRules(model, c, () => false);
  // A confirmed cause that explains some evidence takes it from every other cause.
  const explained = (model.explains ?? []).filter(
    (e) => tally.get(e.cause)?.confirmed === true && !ruledOutNow(e.cause),
  );
  if (explained.length > 0)
    tally = tallyRules(model, c, (cause, trigger) =>
      explained.some((e) => e.cause !== cause && e.triggers.some((t) => sameTrigger(t, trigger))),
    );

  const ranked: RankedCause[] = [];
  const ruledOut: RuledOutCause[] = [];
  for (const { id: cause, ruledOutBy: check, confirmedBy } of model.causes) {
    const entry = tally.get(cause);
    if (check && c.answers[check] === 'yes') {
      ruledOut.push({ cause, by: check, evidenceFor: entry?.evidence ?? [] });
      continue;
    }
    if (!entry) continue;
    const item: RankedCause = {
      cause,
      score: entry.score,
      decisive: entry.decisive,
      standing: entry.confirmed ? 'confirmed' : entry.decisive ? 'indicated' : 'possible',
      evidenceFor: entry.evidence,
    };
    const open = [check, confirmedBy].find((k) => k !== undefined && c.answers[k] === undefined);
    if (open) item.unchecked = open;
    ranked.push(item);
  }
  // Confirmed causes outrank indicated ones, which outrank possible ones; within a standing
  // the score, then the model's cause order (the loop above visits causes in that order).
  ranked.sort((a, b) => STANDING_RANK[a.standing] - STANDING_RANK[b.standing] || b.score - a.score);

  const notes = model.notes.filter((n) => n.anyOf.some((t) => triggerHolds(t, c))).map((n) => n.id);
  if (c.event !== undefined && c.event !== model.event.id) notes.push(GENERAL_NOTES.otherEvent);
  const fallback = ranked.length === 0;
  if (fallback) {
    ranked.push({
      cause: model.fallbackCause,
      score: 0,
      decisive: false,
      standing: 'possible',
      evidenceFor: [],
    });
    if (ruledOut.some((r) => r.evidenceFor.length > 0)) notes.push(GENERAL_NOTES.contradiction);
    const out = new Set(ruledOut.map((r) => r.cause));
    for (const cause of model.fallbackSuspects ?? [])
      if (!out.has(cause)) {
        const check = model.causes.find((spec) => spec.id === cause)?.ruledOutBy;
        ranked.push({
          cause,
          score: 0,
          decisive: false,
          standing: 'possible',
          evidenceFor: [],
          ...(check && c.answers[check] === undefined ? { unchecked: check } : {}),
        });
      }
  }

  // One confirmed cause decides, whatever else the code fits; without one, a single cause
  // named by its own evidence does. Two of either are two findings, not one decision.
  const confirmed = ranked.filter((r) => r.standing === 'confirmed').length;
  const decided =
    !fallback &&
    (confirmed === 1 || (confirmed === 0 && ranked.filter((r) => r.decisive).length === 1));

  const partial = { ranked, ruledOut };
  const open = model.checks
    .filter((check) => c.answers[check.id] === undefined)
    .filter((check) =>
      fallback
        ? stepOffered(model, check.step, c, partial)
        : ranked.some((r) => r.unchecked === check.id) ||
          model.causes.some(
            (cause) => cause.ruledOutBy === check.id && ranked.some((r) => r.cause === cause.id),
          ),
    )
    .map((check) => check.id);
  // One account is asked about once: what waits on the covered question waits on the asked
  // one, or, once that is answered, on nothing.
  const onceAsked = (id: string | undefined) =>
    !shared || id !== shared.covered
      ? id
      : c.answers[shared.asked] === undefined
        ? shared.asked
        : undefined;
  const openChecks = [...new Set(open.map(onceAsked))].filter((id) => id !== undefined);
  for (const item of ranked) {
    const waits = onceAsked(item.unchecked);
    if (waits) item.unchecked = waits;
    else delete item.unchecked;
  }

  return { ranked, ruledOut, decided, openChecks, notes, ...(shared ? { shared } : {}) };
}

/**
 * Whether the wizard walks a question step for this case. A step that is not optional
 * is always walked; an optional one when the case points there: a code, a value of one
 * of its fields, an answer to one of its checks, or a cause of it listed or ruled out.
 */
export function stepOffered(
  model: DecisionModel,
  step: CheckStep,
  c: Case,
  diagnosis: Pick<Diagnosis, 'ranked' | 'ruledOut'>,
): boolean {
  const optional = model.optionalSteps.find((s) => s.step === step);
  if (!optional) return true;
  if (c.code !== undefined && optional.codes.includes(c.code)) return true;
  if (optional.fields.some((f) => fieldText(c, f) !== undefined)) return true;
  if (model.checks.some((k) => k.step === step && c.answers[k.id] !== undefined)) return true;
  const listed = new Set([...diagnosis.ranked, ...diagnosis.ruledOut].map((r) => r.cause));
  return model.causes.some((cause) => cause.step === step && listed.has(cause.id));
}
