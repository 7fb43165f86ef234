import type { Case } from '../case/case';
import { CASE_FIELDS } from '../case/case-fields';
import { decodeCode } from '../codes/decode-code';
import { parseCode } from '../codes/parse-code';
import { GENERAL_NOTES, type Diagnosis, type Standing } from './diagnose';
import type { CheckStep, EventModel, FixStep, Trigger } from '../model/event-model';
import type { Source } from '../sources/sources';
import type { GuideId } from '../guides/guide-ids';

export type { Standing };

/** Said beside an indicated cause that a confirmed one outranks. */
export const ALSO_FITS = 'Also fits the code; look again here if the fix above does not help.';

export interface DescribedCause {
  id: string;
  rank: number;
  title: string;
  explanation: string;
  /** How sure the evidence makes it; the fallback cause has none. */
  standing?: Standing;
  evidence: string[];
  /** The question that could still rule it out. */
  unchecked?: string;
  /** Its check, whose commands say how to answer it (printed under a folded candidate). */
  uncheckedId?: string;
  /**
   * Listed under a confirmed cause that decides the result: the evidence fits it too, so it
   * is the place to look again if the confirmed cause's fix does not help.
   */
  alsoFits?: true;
  fix: readonly FixStep[];
  verify: readonly string[];
  guides: readonly GuideId[];
  sources: readonly Source[];
}

export interface Fact {
  name: string;
  label: string;
  value: string;
  /** Set when the evidence collector supplied it: what its probe saw. */
  collected?: string;
}

/** What the evidence collector supplied, by link parameter: the value and the probe's words. */
export type Collected = Readonly<Record<string, { value: string; detail: string }>>;

export interface OpenCheck {
  id: string;
  question: string;
  step: CheckStep;
}

export interface RuledOut {
  id: string;
  title: string;
  /** What the passing answer means, as a fact. */
  passed: string;
  /** Where that answer came from: typed, or the collector's probe with what it saw. */
  source: string;
  /** Evidence that had pointed at it, in words. */
  conflict: string[];
}

/** A diagnosis in words: what the result page, the ticket text and later the print view show. */
export interface DiagnosisDescription {
  headline: string;
  decided: boolean;
  /** An answer names the top cause: not only likely but confirmed. */
  confirmed: boolean;
  /**
   * The unanswered question that would confirm or overturn the top cause (or split the
   * listed ones); shown first while the top cause is not confirmed.
   */
  splitter?: OpenCheck;
  /** What to do once fixed, said once for the whole diagnosis. */
  verify: readonly string[];
  /** The evidence names no cause: the fallback is shown. */
  undecidedFallback: boolean;
  facts: Fact[];
  notes: string[];
  causes: DescribedCause[];
  openChecks: OpenCheck[];
  /** No related event has been looked for yet. */
  eventsNotLooked: boolean;
  ruledOut: RuledOut[];
}

/** "0x80070005 (E_ACCESSDENIED)": the code with its best-known name. */
export function codeWithName(hex: string): string {
  const parsed = parseCode(hex);
  const name = parsed.ok ? decodeCode(parsed.value).names[0] : undefined;
  return name ? `${hex} (${name})` : hex;
}

export function describeTrigger(
  model: EventModel,
  trigger: Trigger,
  collected: Collected = {},
): string {
  switch (trigger.kind) {
    case 'code':
      return `Error code ${codeWithName(trigger.code)}`;
    case 'event': {
      const related = model.text.relatedEvents.find((e) => e.id === trigger.event);
      return `Event ${trigger.event}${related?.name ? ` (${related.name})` : ''} was seen`;
    }
    case 'answer': {
      const from = collected[trigger.check];
      const question = model.text.checks[trigger.check]?.question ?? trigger.check;
      return from?.value === trigger.is
        ? `The collector found ${trigger.is}: ${question}${from.detail ? ` (${from.detail})` : ''}`
        : `Answered ${trigger.is}: ${question}`;
    }
    case 'event-without':
      return `Event ${trigger.event} was seen without a later ${trigger.without}`;
    case 'unc-path':
      return 'The backup path is a network share';
    case 'program':
      return `The request came from ${trigger.name}`;
  }
}

function describeFallback(c: Case): string {
  if (!c.code) return 'No error code yet.';
  return `Error code ${codeWithName(c.code)} does not name a cause on its own.`;
}

function noteText(model: EventModel, note: string, c: Case): string {
  if (note === GENERAL_NOTES.otherEvent)
    return `The event entered is ${c.event ?? ''}, not ${model.event.id}; the causes below are those of event ${model.event.id} (${model.event.summary}).`;
  if (note === GENERAL_NOTES.contradiction)
    return 'Some evidence points at a cause that your answers rule out. Check that the group and server you checked are the ones named by ssomanage -displaydb.';
  return model.text.notes[note] ?? note;
}

function facts(c: Case, collected: Collected): Fact[] {
  const list: Fact[] = [];
  for (const field of CASE_FIELDS) {
    if (field.name === 'event') continue;
    const raw = c[field.name];
    // A ticket without a time reads as if nobody looked: say it was not given.
    if (!raw && field.name === 'time')
      list.push({ name: 'time', label: field.label, value: 'not given' });
    if (!raw) continue;
    const fact: Fact = {
      name: field.name,
      label: field.label,
      value: field.name === 'code' ? codeWithName(raw) : raw,
    };
    const from = collected[field.name];
    if (from?.value === raw) fact.collected = from.detail;
    list.push(fact);
  }
  if (c.seen.length > 0)
    list.push({ name: 'seen', label: 'Related events seen', value: c.seen.join(', ') });
  return list;
}

/** One sentence that sounds exactly as sure as the evidence. */
function headline(state: {
  fallback: boolean;
  decided: boolean;
  top: DescribedCause | undefined;
  confirmedCount: number;
  asks: boolean;
}): string {
  const { fallback, decided, top, confirmedCount, asks } = state;
  if (fallback || !top)
    return 'Not enough evidence yet to name a cause. The checks below would decide it.';
  if (decided && top.standing === 'confirmed')
    return `Confirmed: ${top.title}. An answer shows it; fix it, then verify.`;
  if (decided)
    return asks
      ? `Indicated, not confirmed yet: ${top.title}. The evidence means this by its documented meaning; answer the question below to confirm it before you change anything.`
      : `Indicated, not confirmed yet: ${top.title}. The evidence means this by its documented meaning; check it before you change anything.`;
  if (confirmedCount > 1)
    return 'Your answers show more than one problem. Each confirmed one needs its own fix.';
  return asks
    ? 'Not decided: several causes fit the evidence so far. The question below tells them apart.'
    : 'Not decided: several causes fit the evidence so far. They are listed from most to least likely.';
}

/** A step meant for one kind of server is left out once an answer says the other kind. */
export function fixStepApplies(step: FixStep, c: Pick<Case, 'answers'>): boolean {
  const given = step.appliesWhen ? c.answers[step.appliesWhen.check] : undefined;
  return given === undefined || given === step.appliesWhen?.is;
}

export function describeDiagnosis(
  model: EventModel,
  c: Case,
  diagnosis: Diagnosis,
  collected: Collected = {},
): DiagnosisDescription {
  const fallback = diagnosis.ranked[0]?.cause === model.fallbackCause;
  const question = (check: string) => model.text.checks[check]?.question ?? check;
  const title = (cause: string) => model.text.causes[cause]?.title ?? cause;

  const causes = diagnosis.ranked.map((ranked, index): DescribedCause => {
    const text = model.text.causes[ranked.cause];
    const described: DescribedCause = {
      id: ranked.cause,
      rank: index + 1,
      title: title(ranked.cause),
      explanation: text?.explanation ?? '',
      evidence:
        ranked.cause === model.fallbackCause
          ? [describeFallback(c)]
          : ranked.evidenceFor.map((t) => describeTrigger(model, t, collected)),
      fix: (text?.fix ?? []).filter((step) => fixStepApplies(step, c)),
      verify: text?.verify ?? [],
      guides: text?.guides ?? [],
      sources: text?.sources ?? [],
    };
    if (ranked.cause !== model.fallbackCause) described.standing = ranked.standing;
    if (ranked.unchecked) {
      described.unchecked = question(ranked.unchecked);
      described.uncheckedId = ranked.unchecked;
    }
    return described;
  });

  const top = causes[0];
  if (diagnosis.decided && top?.standing === 'confirmed')
    for (const cause of causes.slice(1)) if (cause.standing === 'indicated') cause.alsoFits = true;
  const openChecks = diagnosis.openChecks.map((id) => ({
    id,
    question: question(id),
    step: model.checks.find((k) => k.id === id)?.step ?? ('admin-rights' as CheckStep),
  }));
  // The top cause's own open question first; else the first listed cause's.
  const topRanked = diagnosis.ranked[0];
  const splitterId =
    topRanked?.standing === 'confirmed' && diagnosis.decided
      ? undefined
      : (topRanked?.unchecked ?? diagnosis.ranked.find((r) => r.unchecked)?.unchecked);
  const splitter = fallback ? undefined : openChecks.find((c) => c.id === splitterId);
  const confirmedCount = causes.filter((c) => c.standing === 'confirmed').length;
  return {
    confirmed: diagnosis.decided && top?.standing === 'confirmed',
    ...(splitter ? { splitter } : {}),
    verify: fallback ? [] : (top?.verify ?? []),
    headline: headline({
      fallback,
      decided: diagnosis.decided,
      top,
      confirmedCount,
      asks: splitter !== undefined,
    }),
    decided: diagnosis.decided,
    undecidedFallback: fallback,
    facts: facts(c, collected),
    notes: diagnosis.notes.map((n) => noteText(model, n, c)),
    causes,
    openChecks,
    eventsNotLooked: c.seen.length === 0,
    ruledOut: diagnosis.ruledOut.map((r) => ({
      id: r.cause,
      title: title(r.cause),
      passed: model.text.checks[r.by]?.passed ?? `${question(r.by)} Yes.`,
      source:
        collected[r.by]?.value === 'yes'
          ? `the evidence collector found it${collected[r.by]?.detail ? ` (${collected[r.by]?.detail})` : ''}`
          : `answered yes to "${question(r.by)}"`,
      conflict: r.evidenceFor.map((t) => describeTrigger(model, t, collected)),
    })),
  };
}
