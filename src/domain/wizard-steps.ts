import type { Diagnosis } from './diagnose';
import type { TriageState } from './triage-state';

export const STEPS = ['gather', 'event-log', 'admin-rights', 'backup-file', 'result'] as const;
export type StepId = (typeof STEPS)[number];

/** Link paths of the steps (contract v1): the start step is the empty path. */
export const STEP_PATHS: Readonly<Record<StepId, string>> = {
  gather: '/',
  'event-log': '/event-log',
  'admin-rights': '/admin-rights',
  'backup-file': '/backup-file',
  result: '/result',
};

export const STEP_TITLES: Readonly<Record<StepId, string>> = {
  gather: 'Event',
  'event-log': 'Event log',
  'admin-rights': 'Admin rights',
  'backup-file': 'Backup file',
  result: 'Result',
};

// Removable-media failures name no cause of their own but still point at the backup file.
const REMOVABLE_MEDIA_CODES = ['0x80070013', '0x80070015'];
const BACKUP_CHECKS = ['ntfs', 'folder', 'writable', 'space'] as const;

/** The backup-file checks are shown when the code, the events or the answers point there. */
export function backupRelevant(state: TriageState, diagnosis: Diagnosis): boolean {
  if (state.backup !== undefined) return true;
  if (state.code !== undefined && REMOVABLE_MEDIA_CODES.includes(state.code)) return true;
  if (BACKUP_CHECKS.some((c) => state.answers[c] !== undefined)) return true;
  const causes = [...diagnosis.ranked, ...diagnosis.ruledOut].map((r) => r.cause);
  return causes.some((cause) => cause.startsWith('backup-'));
}

/** Where the primary button of a step leads: straight to the result once the evidence decides. */
export function nextStep(current: StepId, state: TriageState, diagnosis: Diagnosis): StepId {
  if (current === 'result') return 'result';
  if (diagnosis.decided) return 'result';
  switch (current) {
    case 'gather':
      return 'event-log';
    case 'event-log':
      return 'admin-rights';
    case 'admin-rights':
      return backupRelevant(state, diagnosis) ? 'backup-file' : 'result';
    case 'backup-file':
      return 'result';
  }
}
