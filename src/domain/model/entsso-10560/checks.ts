import type { CheckText } from '../event-model';
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
  folder: {
    guide: 'back-up-master-secret',
    question: 'Does the backup folder exist, with a valid path and file name?',
    passed: 'The backup folder exists and the path is valid.',
    why: 'ssoconfig does not create folders, and Windows refuses names with invalid characters.',
    how: [
      {
        command: 'Test-Path -LiteralPath {folder} -PathType Container',
        shell: 'powershell',
        look: 'Should print True.',
      },
    ],
  },
  writable: {
    guide: 'back-up-master-secret',
    question: 'Can the client user create a file in that folder?',
    passed: 'The client user can create a file in the backup folder.',
    why: 'The backup file is written with the rights of the person running the tool.',
    how: [
      {
        command: 'New-Item -ItemType File -Path {probe} | Remove-Item',
        shell: 'powershell',
        look: 'Run elevated as the client user; an error means no write access. It writes and removes a test file.',
      },
    ],
  },
  space: {
    guide: 'back-up-master-secret',
    question: 'Does the backup volume have free space?',
    passed: 'The backup volume has free space.',
    why: 'A full volume stops the file from being written.',
    how: [
      {
        command: '(Get-Volume -DriveLetter {drive}).SizeRemaining',
        shell: 'powershell',
        look: 'Should be well above zero.',
      },
    ],
  },
};
