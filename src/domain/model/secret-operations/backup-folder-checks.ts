import type { CheckText } from '../event-model';

/**
 * The questions about the folder a backup file is written to, shared by every event that
 * writes one (a generate writes its backup too, 10526; a backup, 10560).
 */
export const BACKUP_FOLDER_CHECKS: Readonly<Record<'folder' | 'writable' | 'space', CheckText>> = {
  folder: {
    guide: 'back-up-master-secret',
    question: 'Does the backup folder exist, with a valid path and file name?',
    passed: 'The backup folder exists and the path is valid.',
    why: 'The tool does not create folders, Windows refuses names with invalid characters, and a network path must answer.',
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
        command: 'icacls {folder}',
        shell: 'cmd',
        look: 'Changes nothing. Look for the client user, or a group it belongs to, with (F), (M) or (W); a (DENY) entry for it means no.',
      },
      {
        command: 'New-Item -ItemType File -Path {probe} | Remove-Item',
        shell: 'powershell',
        look: 'Run elevated as the client user; an error means no write access.',
        caution:
          'Writes a small test file into the backup folder and deletes it at once: the one check here that changes something.',
      },
    ],
  },
  space: {
    guide: 'back-up-master-secret',
    question: 'Does the backup volume have free space?',
    passed: 'The backup volume has free space.',
    why: 'A full volume stops the backup file from being written.',
    how: [
      {
        command: '(Get-Volume -DriveLetter {drive}).SizeRemaining',
        shell: 'powershell',
        look: 'Should be well above zero.',
      },
    ],
  },
};
