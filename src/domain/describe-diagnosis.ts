import type { Case } from './case/case';
import { CASE_FIELDS } from './case/case-fields';
import { decodeCode } from './codes/decode-code';
import { parseCode } from './codes/parse-code';
import { GENERAL_NOTES, type Diagnosis } from './diagnose';
import type { CheckStep, EventModel, FixStep, Trigger } from './model/event-model';
import type { Source } from './sources/sources';
import type { GuideId } from './guides/guide-ids';

export type Confidence = 'confirmed' | 'most likely' | 'possible' | 'also possible';

export interface DescribedCause {
  id: string;
  rank: number;
  title: string;
  explanation: string;
  /** How strongly the evidence holds it; the fallback cause has none. */
  confidence?: Confidence;
  evidence: string[];
  /** The question that could still rule it out. */
  unchecked?: string;
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
  question: string;
  /** Evidence that had pointed at it, in words. */
  conflict: string[];
}

/** A diagnosis in words: what the result page, the ticket text and later the print view show. */
export interface DiagnosisDescription {
  headline: string;
  decided: boolean;
  /** An answer names the top cause: not only likely but confirmed. */
  confirmed: boolean;
  /** The one unanswered question that best splits the listed causes: the top one's own. */
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
        ? `The collector found ${trigger.is}: ${question} (${from.detail})`
        : `Answered ${trigger.is}: ${question}`;
    }
    case 'event-without':
      return `Event ${trigger.event} was seen without a later ${trigger.without}`;
    case 'unc-path':
      return 'The backup path is a network share';
  }
}

/** An answer among the evidence: the person checked, so the cause is confirmed, not guessed. */
function confirmedBy(evidence: Trigger[]): boolean {
  return evidence.some((t) => t.kind === 'answer' && t.is === 'no');
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
      fix: text?.fix ?? [],
      verify: text?.verify ?? [],
      guides: text?.guides ?? [],
      sources: text?.sources ?? [],
    };
    if (ranked.cause !== model.fallbackCause)
      described.confidence =
        index > 0
          ? 'also possible'
          : confirmedBy(ranked.evidenceFor) && diagnosis.decided
            ? 'confirmed'
            : ranked.decisive
              ? 'most likely'
              : 'possible';
    if (ranked.unchecked) described.unchecked = question(ranked.unchecked);
    return described;
  });

  const top = causes[0];
  const openChecks = diagnosis.openChecks.map((id) => ({
    id,
    question: question(id),
    step: model.checks.find((k) => k.id === id)?.step ?? ('admin-rights' as CheckStep),
  }));
  const splitterId = diagnosis.ranked.find((r) => r.unchecked)?.unchecked;
  const splitter = openChecks.find((c) => c.id === splitterId);
  return {
    confirmed: top?.confidence === 'confirmed',
    ...(splitter && !diagnosis.decided ? { splitter } : {}),
    verify: fallback ? [] : (top?.verify ?? []),
    headline: fallback
      ? 'Not enough evidence yet to name a cause. The checks below would decide it.'
      : top?.confidence === 'confirmed'
        ? 'Your answers confirm the cause. Fix it, then verify.'
        : diagnosis.decided
          ? 'The evidence points at one cause. Fix it, then verify.'
          : 'Several causes fit the evidence so far; they are listed from most to least likely.',
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
      question: question(r.by),
      conflict: r.evidenceFor.map((t) => describeTrigger(model, t, collected)),
    })),
  };
}
