import type { EventText } from '../event-model';

/** What the question steps say about a failed backup before they ask. */
export const STEP_TEXT: EventText['steps'] = {
  'admin-rights': {
    intro:
      'A backup runs on the master secret server, by an account that is a Windows administrator and an SSO administrator at once.',
    guide: 'back-up-master-secret',
  },
  'backup-file': {
    intro:
      'The file is written by the account that runs the tool, to a folder that must exist, on NTFS or removable media.',
    guide: 'back-up-master-secret',
    notes: ['The password needs 7 to 256 characters, and its reminder at most 512.'],
  },
};
