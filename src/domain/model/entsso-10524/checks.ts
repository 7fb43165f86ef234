import type { CheckText } from '../event-model';
import { RESTARTED_CHECK } from '../family/shared-checks';
import { sharedCheckText } from '../secret-operations/operation-checks';
import { RESTORING } from './operation';

/** The questions of the 10524 model and the commands that answer them. */
export const CHECK_TEXT: Readonly<Record<string, CheckText>> = {
  ...sharedCheckText(RESTORING),
  restarted: RESTARTED_CHECK,
  filefound: {
    guide: 'restore-master-secret',
    question: 'Is the backup file at that path on the computer where the restore ran?',
    passed: 'The backup file is at that path.',
    why: 'The restore reads the file on the computer where it runs.',
    how: [
      {
        command: 'Test-Path -LiteralPath {backup} -PathType Leaf',
        shell: 'powershell',
        look: 'True means it is there.',
      },
    ],
  },
  fileread: {
    guide: 'restore-master-secret',
    question: 'Can the client user open the backup file for reading?',
    passed: 'The client user can read the backup file.',
    why: 'Reading the backup and its password reminder needs read access.',
    how: [
      {
        command: '[System.IO.File]::OpenRead({backup}).Dispose()',
        shell: 'powershell',
        look: 'Run elevated as the client user: silence means yes, an exception means no.',
      },
    ],
  },
  samesecret: {
    guide: 'back-up-master-secret',
    question: 'Is the file the newest backup of the secret in use?',
    passed: 'The file is a backup of the secret in use.',
    why: 'A valid backup of another secret is refused: compare the Current MSID of its 10559 with the MSID in use.',
    how: [
      {
        command:
          "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=10559} | Format-List TimeCreated,Message",
        shell: 'powershell',
        look: 'On the master secret server that made it: the 10559 for this File Name shows its Current MSID.',
      },
      {
        command:
          "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=10528,10529,10533} -MaxEvents 5 | Format-List TimeCreated,Id,Message",
        shell: 'powershell',
        look: 'The MSID in use: it should equal that Current MSID.',
      },
    ],
  },
};
