import type { EventText } from '../event-model';

/** What the question steps say about a failed restore before they ask. */
export const STEP_TEXT: EventText['steps'] = {
  'admin-rights': {
    intro:
      'A restore runs on the master secret server (clustered: on the node that owns it, in the cluster order), by an account that is a Windows administrator and an SSO administrator at once. A newly named master secret server must have restarted ENTSSO first.',
    guide: 'restore-master-secret',
  },
  'backup-file': {
    intro:
      'The file must be on the computer where the restore runs, readable by the account, on NTFS or removable media, and a backup of the secret in use.',
    guide: 'restore-master-secret',
    notes: [
      "The password is the one set when that file was written (for the wizard's file: the SSO configuration password). Keep only one .bak file in the folder.",
    ],
  },
};
