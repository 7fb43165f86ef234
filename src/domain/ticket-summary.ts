import type { DiagnosisDescription } from './describe-diagnosis';
import type { EventModel } from './model/event-model';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The diagnosis as plain text for an incident ticket, ending with the link that reopens it. */
export function ticketSummary(
  model: Pick<EventModel, 'event'>,
  described: DiagnosisDescription,
  link: string,
): string {
  const lines: string[] = [`ENTSSO event ${model.event.id} (${model.event.summary}): triage`];
  for (const fact of described.facts) lines.push(`${fact.label}: ${fact.value}`);
  for (const note of described.notes) lines.push(`Note: ${note}`);

  described.causes.forEach((cause, index) => {
    const label = capital(cause.confidence ?? 'possible');
    lines.push('', `${label}: ${cause.title} [${cause.id}]`);
    for (const e of cause.evidence) lines.push(`  - ${e}`);
    if (index === 0) {
      lines.push(cause.confidence ? '  Fix:' : '  What to do next:');
      cause.fix.forEach((step, i) => {
        lines.push(`  ${i + 1}. ${step.text}`);
        if (step.command) lines.push(`     ${step.command.code}`);
      });
    }
  });
  if (described.verify.length > 0) {
    lines.push('', 'Then verify:');
    described.verify.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  }
  if (described.splitter)
    lines.push('', `The question that would settle it: ${described.splitter.question}`);

  if (described.ruledOut.length > 0) {
    lines.push('', 'Checked and passed:');
    for (const r of described.ruledOut) lines.push(`  - ${r.title} (${r.question} yes)`);
  }
  lines.push('', `Open this diagnosis: ${link}`);
  return lines.join('\n');
}
