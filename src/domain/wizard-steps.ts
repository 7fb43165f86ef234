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

const BACKUP_CODES = new Set([
  '0xC0002A07',
  '0xC0002A20',
  '0xC0002A54',
  '0x80070002',
  '0x80070003',
  '0x80070013',
  '0x80070015',
  '0x80070020',
  '0x80070027',
  '0x80070035',
  '0x80070043',
  '0x80070050',
  '0x80070070',
  '0x8007007B',
  '0x800700A1',
  '0x800700B7',
]);
const BACKUP_EVENTS = [10561, 10759, 10560, 10784, 10836];

/** The backup-file checks are shown when the code, the events or the answers point there. */
export function backupRelevant(state: TriageState, diagnosis: Diagnosis): boolean {
  if (state.backup !== undefined) return true;
  if (state.code !== undefined && BACKUP_CODES.has(state.code)) return true;
  if (state.seen.some((id) => BACKUP_EVENTS.includes(id))) return true;
  if (['ntfs', 'folder', 'writable', 'space'].some((c) => state.answers[c as 'ntfs'] !== undefined))
    return true;
  return diagnosis.ranked.some((r) => r.cause.startsWith('backup-'));
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
