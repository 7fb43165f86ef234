import { sources } from '../../sources/sources';
import type { CauseText } from '../event-model';
import { change, cmd, ps, step } from '../fix-steps';
import {
  BACKUP,
  CLUSTER,
  RESTORE,
  displayDbStep,
  rerun,
  sharedCauseText,
} from '../secret-operations/operation-causes';
import { AFTER_FIX, BACKING_UP, EVENT } from './operation';

const TROUBLESHOOT = 'learn:troubleshooting-enterprise-single-sign-on';
const MANAGING = 'learn:managing-the-master-secret';

const AGAIN = rerun(BACKING_UP);
const SHARED = sharedCauseText(BACKING_UP);

export const CAUSE_TEXT: Readonly<Record<string, CauseText>> = {
  ...SHARED,
  'cluster-node': {
    title:
      'The master secret server is clustered, and the backup ran on a node that does not own it',
    explanation:
      'Only the node that owns the SSO cluster role runs ENTSSO as the master secret server; on the other nodes the service is stopped on purpose and cannot back anything up.',
    fix: [
      step(
        'In Failover Cluster Manager, find the node that owns the ENTSSO resource.',
        [CLUSTER],
        ps(
          "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' } | Format-Table Name,State,OwnerNode",
        ),
      ),
      step(
        'Sign in to that node and back up there, elevated.',
        [CLUSTER, BACKUP],
        cmd('ssoconfig -backupSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(CLUSTER, BACKUP),
    guides: ['master-secret-server', 'back-up-master-secret'],
  },
  'backup-path': {
    title: 'The backup folder does not exist, or the path is not valid',
    explanation:
      'ssoconfig does not create the folder; a path with invalid characters, or a network name that does not answer, is not found.',
    fix: [
      step('Correct the path if it holds a typing mistake; that changes nothing on the server.', [
        'field',
      ]),
      change(
        'Creates the folder on the master secret server.',
        'Or create the folder.',
        ['field'],
        ps('New-Item -ItemType Directory -Path {folder}'),
      ),
      AGAIN,
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP, EVENT, 'field'),
    guides: ['back-up-master-secret'],
  },
  'backup-access': {
    title: 'The account cannot create the backup file in that folder',
    explanation:
      "Microsoft's page for 10560 names wrong permissions on the path among its reasons; the file is written with the rights of whoever runs the tool (field experience).",
    fix: [
      step('Changing nothing: choose a folder the client user can already write to.', [BACKUP]),
      change(
        'Gives the client user write access to that folder.',
        'Or give the client user write permission on the folder.',
        [BACKUP, 'event:10784'],
      ),
      AGAIN,
    ],
    verify: AFTER_FIX,
    sources: sources(EVENT, BACKUP, 'event:10784', 'field'),
    guides: ['back-up-master-secret'],
  },
  'backup-disk-full': {
    title: 'The backup volume is full',
    explanation: 'The backup file cannot be written without free space.',
    fix: [step('Free space on the volume, or choose another NTFS volume.', [BACKUP]), AGAIN],
    verify: AFTER_FIX,
    sources: sources(BACKUP),
    guides: ['back-up-master-secret'],
  },
  'backup-file-in-use': {
    title: 'The backup file already exists or is open elsewhere',
    explanation:
      'A file of that name already there, or another program holding it, stops the backup.',
    fix: [
      step('Use a new file name, or close the program that holds the file.', ['field']),
      step('Keep one .bak file per folder, so that a later restore cannot pick the wrong one.', [
        'event:10564',
      ]),
      AGAIN,
    ],
    verify: AFTER_FIX,
    sources: sources('event:10564', 'field'),
    guides: ['back-up-master-secret'],
  },
  'backup-password-too-short': {
    title: 'The backup password is too short',
    explanation:
      'The password that protects the backup file needs at least 7 characters (event 10836).',
    fix: [
      step(
        'Back up again with a password of 7 characters or more, and a reminder.',
        [BACKUP, 'event:10836'],
        cmd('ssoconfig -backupSecret {backup}'),
      ),
      step('Keep the password apart from the file; a restore needs the same password.', [BACKUP]),
    ],
    verify: AFTER_FIX,
    sources: sources(BACKUP, 'event:10836'),
    guides: ['back-up-master-secret'],
  },
  'backup-password-too-long': {
    title: 'The backup password or its reminder is too long',
    explanation:
      'The password may have at most 256 characters (event 10839) and its reminder at most 512 (event 10840).',
    fix: [
      step(
        'Back up again with a password and reminder within those limits.',
        ['event:10839', 'event:10840'],
        cmd('ssoconfig -backupSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources('event:10839', 'event:10840'),
    guides: ['back-up-master-secret'],
  },
  'secret-missing': {
    title: 'The master secret server holds no secret to back up',
    explanation:
      'There is no master secret in the registry of the computer acting as master secret server: typically a cluster node the role moved to where the secret was never restored, or a server promoted without a restore.',
    fix: [
      displayDbStep('the secret server name'),
      step(
        'On that server (clustered: the owning node), elevated, list the GUID-named keys under SSOSS.',
        ['event:10520'],
        ps(
          "Get-ChildItem -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\ENTSSO\\SSOSS' | Select-Object -ExpandProperty PSChildName",
        ),
      ),
      change(
        'Writes the master secret into the registry of the master secret server.',
        'If there are none, restore the secret there from the newest backup you have (clustered: in the cluster order of the restore guide), then back up again.',
        [RESTORE, 'event:10520', CLUSTER],
        cmd('ssoconfig -restoreSecret {backup}'),
      ),
    ],
    verify: [
      'On the master secret server, look for event 10523 (the secret was restored).',
      ...AFTER_FIX,
    ],
    sources: sources('event:10520', RESTORE, CLUSTER),
    guides: ['restore-master-secret', 'master-secret-server'],
  },
  'secret-unreadable': {
    title: 'The master secret server cannot read its own secret',
    explanation:
      'The secret in the registry is protected with a key tied to the ENTSSO service account; after that account changed, the service cannot read it, so it cannot back it up either.',
    fix: [
      change(
        'Changes the account ENTSSO runs as on the master secret server.',
        "Put the original service account back, then back up. Microsoft's order to change it properly: back up, stop ENTSSO, change the account, start it, restore.",
        [TROUBLESHOOT, 'event:10565'],
      ),
      change(
        'Writes the master secret into the registry of the master secret server.',
        'Or restore from an existing backup: an unreadable secret cannot be backed up now.',
        [RESTORE, 'event:10565'],
        cmd('ssoconfig -restoreSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources(TROUBLESHOOT, 'event:10521', 'event:10565'),
    guides: ['restore-master-secret', 'managing-master-secret'],
  },
  unknown: {
    title: 'The evidence so far does not decide why the backup failed',
    explanation:
      "Microsoft's page for 10560 names the permissions, the path or the folder. The related events around it and a few answers tell which.",
    fix: [
      step(
        'Look for related ENTSSO events near the time of the 10560 (the event log step lists them).',
        [EVENT],
      ),
      step('Answer the admin-rights questions, then the backup-file questions.', [
        BACKUP,
        MANAGING,
      ]),
    ],
    verify: AFTER_FIX,
    sources: sources(EVENT, BACKUP, MANAGING),
    guides: ['back-up-master-secret', 'managing-master-secret'],
  },
};
