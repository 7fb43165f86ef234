import { fillTemplate, stillToFill, type Placeholder } from '../commands/fill-command';
import { ALSO_FITS, type DescribedCause, type DiagnosisDescription } from './describe-diagnosis';
import type { EventModel, FixStep } from '../model/event-model';

const STANDING_LABEL = {
  confirmed: 'Confirmed',
  indicated: 'Indicated (not confirmed yet)',
  possible: 'Possible',
} as const;

/** A fix step as the page shows it: caution first, then the step, then its filled command. */
function stepLines(step: FixStep, n: number, values: Partial<Record<Placeholder, string>>) {
  const lines: string[] = [];
  if (step.caution) lines.push(`  ${n}. Caution: ${step.caution}`, `     ${step.text}`);
  else lines.push(`  ${n}. ${step.text}`);
  if (step.command) {
    const filled = fillTemplate(step.command.code, step.command.shell, values);
    lines.push(`     ${filled.text}`);
    for (const note of [stillToFill(filled), ...filled.refused])
      if (note) lines.push(`     (${note})`);
  }
  return lines;
}

function causeLines(
  cause: DescribedCause,
  full: boolean,
  values: Partial<Record<Placeholder, string>>,
): string[] {
  const label = cause.standing ? STANDING_LABEL[cause.standing] : 'Not decided';
  const lines = ['', `${label}: ${cause.title}`];
  if (cause.alsoFits) lines.push(`  ${ALSO_FITS}`);
  for (const e of cause.evidence) lines.push(`  - ${e.text}`);
  if (cause.unchecked) lines.push(`  - Not checked yet: ${cause.unchecked}`);
  if (full) {
    lines.push(cause.standing ? '  Fix:' : '  What to do next:');
    cause.fix.forEach((step, i) => lines.push(...stepLines(step, i + 1, values)));
  }
  return lines;
}

/**
 * The diagnosis as plain text for an incident ticket, ending with the link that reopens
 * it. It says what the page says: the same standing, the same filled commands.
 */
export function ticketSummary(
  model: Pick<EventModel, 'event'>,
  described: DiagnosisDescription,
  link: string,
  values: Partial<Record<Placeholder, string>> = {},
  more: readonly string[] = [],
): string {
  const lines: string[] = [`ENTSSO event ${model.event.id} (${model.event.summary}): triage`];
  lines.push(described.headline);
  // A value read from evidence says where from, as the page does beside it.
  for (const fact of described.facts)
    lines.push(`${fact.label}: ${fact.value}${fact.origin === 'you' ? '' : ` (${fact.from})`}`);
  for (const note of described.notes) lines.push(`Note: ${note}`);
  for (const d of described.disagree)
    lines.push(
      `Disagreement, not taken: ${d.about} ${d.said.map((side) => `${side.value} (${side.from})`).join(' / ')}`,
    );
  if (described.splitter)
    lines.push('', `The question that would settle it: ${described.splitter.question}`);
  lines.push(...more);

  // A decided cause and every confirmed one get their fix in full, folded on the page or
  // not: a ticket read later has no page to unfold. Other candidates list their evidence.
  const settled = described.decided || described.undecidedFallback;
  described.causes.forEach((cause, index) =>
    lines.push(
      ...causeLines(cause, (settled && index === 0) || cause.standing === 'confirmed', values),
    ),
  );
  if (described.verify.length > 0) {
    lines.push('', 'Then verify:');
    described.verify.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  }
  if (described.ruledOut.length > 0) {
    lines.push('', 'Ruled out:');
    for (const r of described.ruledOut)
      lines.push(`  - ${r.passed} (${r.source}) So not: ${r.title}.`);
  }
  lines.push('', `Open this diagnosis: ${link}`);
  return lines.join('\n');
}
