import { decodeCode } from './codes/decode-code';
import { describeNote, describeTrigger, describeUnknown } from './describe-evidence';
import type { Diagnosis } from './diagnose';
import { AFTER_FIX, findCause } from './model/causes';
import { findCheck } from './model/checks';
import type { TriageState } from './triage-state';

/** The diagnosis as plain text for an incident ticket, ending with the link that reopens it. */
export function ticketSummary(state: TriageState, diagnosis: Diagnosis, link: string): string {
  const lines: string[] = ['ENTSSO event 10526 (failed to generate a new master secret): triage'];
  if (state.code) {
    const name = decodeCode(parseInt(state.code.slice(2), 16)).names[0];
    lines.push(`Error code: ${state.code}${name ? ` (${name})` : ''}`);
  }
  const facts: Array<[string, string | undefined]> = [
    ['Client user', state.user],
    ['Client computer', state.computer],
    ['Logged (UTC)', state.time],
    ['Logged on', state.host],
    ['Tracking ID', state.tid],
    ['Backup file', state.backup],
  ];
  for (const [label, value] of facts) if (value) lines.push(`${label}: ${value}`);
  if (state.seen.length > 0) lines.push(`Related events seen: ${state.seen.join(', ')}`);
  for (const note of diagnosis.notes) lines.push(`Note: ${describeNote(note, state)}`);

  diagnosis.ranked.forEach((ranked, index) => {
    const cause = findCause(ranked.cause);
    const label = index === 0 ? (ranked.decisive ? 'Most likely' : 'Possible') : 'Also possible';
    lines.push('', `${label}: ${cause.title} [${cause.id}]`);
    const evidence =
      ranked.cause === 'unknown'
        ? [describeUnknown(state)]
        : ranked.evidenceFor.map(describeTrigger);
    for (const e of evidence) lines.push(`  - ${e}`);
    if (index === 0) {
      lines.push('  Fix:');
      cause.fix.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
      if (cause.id !== 'unknown') {
        lines.push('  Then verify:');
        AFTER_FIX.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
      }
    }
  });

  if (diagnosis.ruledOut.length > 0) {
    lines.push('', 'Checked and passed:');
    for (const r of diagnosis.ruledOut)
      lines.push(`  - ${findCause(r.cause).title} (${findCheck(r.by).question} yes)`);
  }
  lines.push('', `Open this diagnosis: ${link}`);
  return lines.join('\n');
}
