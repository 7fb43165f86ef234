import type { CauseText, Source } from '../event-model';

const LEARN_BASE = 'https://learn.microsoft.com/en-us/biztalk/core/';

function learn(title: string, page: string): Source {
  return { kind: 'microsoft', title, url: LEARN_BASE + page };
}

const GENERATE: Source = learn(
  'How to generate the master secret',
  'how-to-generate-the-master-secret',
);
const MANAGING: Source = learn('Managing the master secret', 'managing-the-master-secret');
const BACKUP: Source = learn(
  'How to back up the master secret',
  'how-to-back-up-the-master-secret',
);
const RESTORE: Source = learn(
  'How to restore the master secret',
  'how-to-restore-the-master-secret',
);
const MSS: Source = learn('Master secret server', 'master-secret-server');
const MOVE_MSS: Source = learn(
  'How to move the master secret server',
  'how-to-move-the-master-secret-server',
);
const ADMINS: Source = learn(
  'How to specify the SSO Administrators accounts',
  'how-to-specify-sso-administrators-and-affiliate-administrators-accounts',
);
const GROUPS: Source = learn('SSO user groups', 'sso-user-groups');
const DISPLAY_DB: Source = learn(
  'How to display the SSO database information',
  'how-to-display-the-sso-database-information',
);
const EVENT_10526: Source = learn('Event 10526', 'single-sign-on-event-10526');
const SECURITY: Source = learn('SSO security recommendations', 'sso-security-recommendations');

/** Steps that every successful fix ends with. */
export const AFTER_FIX: readonly string[] = [
  'Generate the secret again and look for event 10525 (the secret was generated) in the Application log of the master secret server.',
  'Back up the new secret at once (ssoconfig -backupSecret) and look for event 10559; keep the file and its password away from the server.',
];

const RERUN_ELEVATED =
  'Open a new command prompt with "Run as administrator" on the master secret server and run ssoconfig -generateSecret again from there.';

export const CAUSE_TEXT: Readonly<Record<string, CauseText>> = {
  'not-master-secret-server': {
    title: 'The attempt ran on a computer that is not the master secret server',
    explanation:
      'Only the one server that holds the master secret can make a new one. Other SSO servers refuse.',
    fix: [
      'Run ssomanage -displaydb and read the secret server name.',
      'Sign in to that server (or the active node of its cluster) and generate the secret there.',
      'If that server is gone for good, promote another server to master secret server first and restore the secret on it.',
    ],
    verify: AFTER_FIX,
    sources: [MSS, MOVE_MSS, GENERATE],
    guides: ['master-secret-server', 'generate-master-secret'],
  },
  'sso-disabled': {
    title: 'The SSO system is disabled',
    explanation: 'While SSO is disabled, no new secret can be generated.',
    fix: [
      'Confirm with ssomanage -displaydb that SSO is disabled.',
      'Enable it with ssomanage -enablesso (as an SSO administrator), then generate again.',
    ],
    verify: AFTER_FIX,
    sources: [DISPLAY_DB, GENERATE],
    guides: ['managing-master-secret', 'sso-administrators'],
  },
  'sso-service-unavailable': {
    title: 'The ENTSSO service on the master secret server is stopped or out of reach',
    explanation:
      'The request must reach the ENTSSO service on the master secret server over RPC. A stopped service, a wrong server name or a firewall blocking TCP 135 and the dynamic RPC ports all end the same way.',
    fix: [
      'On the master secret server, run Get-Service ENTSSO and start the service if it is stopped.',
      'If it runs, check the server name with ssomanage -displaydb and that RPC (TCP 135 and 49152-65535, or your fixed range) is open between the servers.',
      'Read the ENTSSO events on the master secret server for the reason the service stopped.',
    ],
    verify: AFTER_FIX,
    sources: [MSS, DISPLAY_DB],
    guides: ['master-secret-server'],
  },
  'sso-db-unavailable': {
    title: 'The SSO database cannot be reached',
    explanation:
      'Generating a secret re-encrypts what the SSO database holds, so SQL Server must answer.',
    fix: [
      'Run ssomanage -showdb to see which SQL Server and database this server uses.',
      'Check that SQL Server is up, that its port (1433 by default) is open from the master secret server, and that the SSO service account can log in to SSODB.',
      'Generate again once the database answers.',
    ],
    verify: AFTER_FIX,
    sources: [DISPLAY_DB, MANAGING],
    guides: ['managing-master-secret', 'master-secret-server'],
  },
  'reencrypt-in-progress': {
    title: 'An earlier secret change is still re-encrypting the SSO database',
    explanation:
      'After a new secret, every credential is re-encrypted. Until that ends (event 10528), a further change is refused.',
    fix: [
      'Look for event 10528 after the last 10562 in the Application log of the master secret server.',
      'Wait until it appears; if 10522 shows, re-encryption failed and will retry, so fix what it names first.',
      'Generate again only after re-encryption is complete.',
    ],
    verify: AFTER_FIX,
    sources: [MANAGING],
    guides: ['managing-master-secret'],
  },
  'secret-unreadable': {
    title: 'The stored secret cannot be decrypted, most likely after a service account change',
    explanation:
      'The master secret in the registry is protected for the SSO service account. When that account changes, the secret can no longer be read.',
    fix: [
      'Check whether the ENTSSO service account was changed recently.',
      'Put the original account back, or restore the master secret from its backup file with ssoconfig -restoreSecret.',
      'Do not generate a new secret before the current one can be read: its data would be lost.',
    ],
    verify: AFTER_FIX,
    sources: [RESTORE, MANAGING],
    guides: ['restore-master-secret', 'managing-master-secret'],
  },
  'service-account-not-sso-admin': {
    title: 'The SSO service account is not in SSO Administrators',
    explanation:
      'The ENTSSO service itself must belong to the SSO Administrators account named in the SSO database.',
    fix: [
      'Find the group with ssomanage -displaydb and the service account with Get-Service ENTSSO (or services.msc).',
      'Add the service account to that group, then restart the ENTSSO service so that it gets a fresh token.',
    ],
    verify: AFTER_FIX,
    sources: [ADMINS, GROUPS],
    guides: ['sso-administrators'],
  },
  'not-elevated': {
    title: 'The tool ran without elevation',
    explanation:
      'With User Account Control on, even an administrator works with a filtered token until they choose "Run as administrator".',
    fix: [
      RERUN_ELEVATED,
      'For the SSO Administration snap-in, start the MMC console elevated as well.',
    ],
    verify: AFTER_FIX,
    sources: [GENERATE, SECURITY],
    guides: ['generate-master-secret'],
  },
  'not-local-admin': {
    title: 'The client user is not a Windows administrator on the master secret server',
    explanation:
      'Generating the secret needs local administrator rights on the master secret server, in addition to SSO Administrators.',
    fix: [
      'Add the user (or a group they belong to) to the local Administrators group of the master secret server.',
      'Have them log off and on again so that the new membership is in their token.',
      RERUN_ELEVATED,
    ],
    verify: AFTER_FIX,
    sources: [GENERATE, GROUPS],
    guides: ['sso-administrators', 'generate-master-secret'],
  },
  'not-sso-admin': {
    title: 'The client user is not a member of SSO Administrators',
    explanation:
      'Only members of the SSO Administrators account named in the SSO database may generate the secret. Windows administrator rights do not replace it.',
    fix: [
      'Read the group name with ssomanage -displaydb ("SSO Admin account").',
      'Add the client user to that group, or run the tool as someone who is already a member.',
      'Log off and on again, then check with whoami /groups that the group is in the token before generating again.',
    ],
    verify: AFTER_FIX,
    sources: [ADMINS, GROUPS, GENERATE],
    guides: ['sso-administrators', 'generate-master-secret'],
  },
  'stale-token': {
    title: 'The user was added to the group, but their logon session predates it',
    explanation:
      'Group membership is read when a person logs on. A session opened before the change still lacks the group, even though Active Directory shows it.',
    fix: [
      'Log off and on again (or open a new logon session, such as a new remote desktop sign-in).',
      'Check with whoami /groups that the SSO Administrators group is now listed.',
      'Generate the secret again from an elevated prompt.',
    ],
    verify: AFTER_FIX,
    sources: [GROUPS, ADMINS],
    guides: ['sso-administrators'],
  },
  'backup-media': {
    title: 'The backup file is not on NTFS or removable media',
    explanation: 'The backup of the new secret is refused on FAT volumes and on network shares.',
    fix: [
      'Choose a folder on a local NTFS volume or on removable media (for example D:\\SSOBackup).',
      'Run ssoconfig -generateSecret again with that path; copy the file off the server afterwards.',
    ],
    verify: AFTER_FIX,
    sources: [BACKUP, GENERATE],
    guides: ['back-up-master-secret', 'generate-master-secret'],
  },
  'backup-path': {
    title: 'The backup folder does not exist or the path is invalid',
    explanation:
      'The folder is not created for you, and names with invalid characters are refused.',
    fix: [
      'Create the folder first, or correct the path.',
      'Use a simple file name ending in .bak, without wildcard or reserved characters.',
      'Run ssoconfig -generateSecret again with the corrected path.',
    ],
    verify: AFTER_FIX,
    sources: [BACKUP, GENERATE],
    guides: ['back-up-master-secret', 'generate-master-secret'],
  },
  'backup-access': {
    title: 'The account cannot create the backup file in that folder',
    explanation: 'The backup file is written with the rights of the person running the tool.',
    fix: [
      'Give the client user write permission on the folder, or choose a folder they can write to.',
      RERUN_ELEVATED,
    ],
    verify: AFTER_FIX,
    sources: [BACKUP, GENERATE],
    guides: ['back-up-master-secret', 'generate-master-secret'],
  },
  'backup-disk-full': {
    title: 'The backup volume is full',
    explanation: 'The backup file cannot be written without free space.',
    fix: [
      'Free space on the volume or choose another NTFS volume.',
      'Run ssoconfig -generateSecret again.',
    ],
    verify: AFTER_FIX,
    sources: [BACKUP],
    guides: ['back-up-master-secret'],
  },
  'backup-file-in-use': {
    title: 'The backup file already exists or is open elsewhere',
    explanation:
      'An existing file with that name, or another program holding it open, stops the backup.',
    fix: [
      'Use a new file name, or close the program that holds the file.',
      'Keep only one .bak file in the backup folder, so that a later restore cannot pick the wrong one.',
    ],
    verify: AFTER_FIX,
    sources: [BACKUP],
    guides: ['back-up-master-secret'],
  },
  'backup-password-too-short': {
    title: 'The backup password is too short',
    explanation: 'The password that protects the backup file must have at least 7 characters.',
    fix: [
      'Run ssoconfig -generateSecret again and give a password of 7 characters or more, and a hint.',
      'Store the password apart from the backup file.',
    ],
    verify: AFTER_FIX,
    sources: [BACKUP, GENERATE],
    guides: ['generate-master-secret', 'back-up-master-secret'],
  },
  unknown: {
    title: 'The evidence so far does not decide the cause',
    explanation:
      'Event 10526 only says that generating failed. The related events around it and the answers to a few questions tell why.',
    fix: [
      'Look for related ENTSSO events near the time of the 10526 (the event log step lists them).',
      'Answer the admin-rights questions: most failures come from missing rights.',
      'If a backup path was given, answer the backup-file questions too.',
    ],
    verify: [],
    sources: [EVENT_10526, GENERATE, MANAGING],
    guides: ['managing-master-secret', 'generate-master-secret'],
  },
};
