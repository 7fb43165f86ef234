import type { CheckText } from '../event-model';
import { BACKUP_FOLDER_CHECKS } from '../secret-operations/backup-folder-checks';
import { sharedCheckText } from '../secret-operations/operation-checks';
import { BACKING_UP } from './operation';

/** The questions of the 10560 model and the commands that answer them. */
export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
  ...sharedCheckText(BACKING_UP),
  secretkey: {
    guide: 'restore-master-secret',
    question:
      'Does the master secret server (clustered: the owning node) hold GUID-named keys under SSOSS?',
    passed: 'The master secret server holds a secret in its registry.',
    why: 'A computer that became master secret server without a restore has no secret to back up.',
    how: [
      {
        command:
          "Get-ChildItem -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS' | Select-Object -ExpandProperty PSChildName",
        shell: 'powershell',
        look: 'On the master secret server, elevated: one or more GUIDs. Access refused: leave it unanswered.',
      },
    ],
  },
  ...BACKUP_FOLDER_CHECKS,
};
