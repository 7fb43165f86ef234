import { sources } from '../../sources/sources';
import type { CauseText } from '../event-model';
import { change, cmd, ps, step } from '../fix-steps';
import { restartEntsso } from '../family/service-steps';
import {
  BACKUP,
  CHANGE_MSS,
  CLUSTER,
  MOVE,
  RESTORE,
  rerun,
  sharedCauseText,
} from '../secret-operations/operation-causes';
import { AFTER_FIX, EVENT, RESTORING } from './operation';

const RECOVER = 'learn:how-to-recover-enterprise-single-sign-on';
const SECURITY = 'learn:sso-security-recommendations';
const ON_NODE = {
  page: 'how-to-cluster-the-master-secret-server1',
  procedure: 'To restore the master secret on the second cluster node',
};
const MOVING = {
  page: 'how-to-move-the-master-secret-server',
  procedure: 'To move the master secret from one server to another server',
};
const AGAIN = rerun(RESTORING);

export const CAUSE_TEXT: Readonly<Record<string, CauseText>> = {
  ...sharedCauseText(RESTORING),
  'cluster-node': {
    title:
      'The master secret server is clustered, and the restore ran on a node that does not own it',
    explanation:
      'A clustered master secret server answers only on the node that owns its role. Each node is given the secret in turn, in an order Microsoft spells out: the role moves there and the resource is cycled before the restore, or the restore may fail.',
    fix: [
      {
        ...change(
          'Brings the SSO cluster role online.',
          'In Failover Cluster Manager, bring the SSO role online.',
          [CLUSTER],
        ),
        follows: { ...ON_NODE, step: 1 },
      },
      {
        ...change(
          'Moves the SSO role: a short pause for every SSO server.',
          'Move the role to the node that needs the secret.',
          [CLUSTER],
        ),
        follows: { ...ON_NODE, step: 2 },
      },
      {
        ...change(
          'Takes the clustered ENTSSO offline and online: a short pause for every SSO server.',
          'Take the clustered ENTSSO resource offline, then bring it online again: without this the restore may not succeed.',
          [CLUSTER],
        ),
        follows: { ...ON_NODE, step: 3 },
      },
      {
        ...step('Copy the backup file to the Enterprise Single Sign-On folder on that node.', [
          CLUSTER,
        ]),
        follows: { ...ON_NODE, step: 4 },
      },
      {
        ...change(
          "Writes the master secret into that node's registry.",
          'Signed in to that node, from an elevated prompt, restore the secret from the copy in that folder (not from the share it came from).',
          [CLUSTER, RESTORE],
          cmd(
            'cd /d "%CommonProgramFiles%\\Enterprise Single Sign-On" && ssoconfig -restoreSecret {backupfile}',
          ),
        ),
        follows: { ...ON_NODE, step: 6 },
      },
      {
        ...change(
          'Moves the SSO role twice to prove failover.',
          'Move the role to another node and back; repeat the whole order for each node that lacks the secret.',
          [CLUSTER],
        ),
        follows: { ...ON_NODE, step: 7 },
      },
    ],
    verify: AFTER_FIX,
    sources: sources(CLUSTER, MOVE),
    guides: ['restore-master-secret', 'master-secret-server'],
  },
  'mss-restart-pending': {
    title: 'This computer was named master secret server, but ENTSSO here was not restarted since',
    explanation:
      'Microsoft restarts the new master secret server between changing the name and restoring. Until its ENTSSO restarts (clustered: the resource goes offline and online) it does not act as master secret server, so the restore is refused as if it ran elsewhere (field experience: no page says so outright).',
    fix: [
      ...restartEntsso('Restart ENTSSO on the new master secret server.', [MOVE, CHANGE_MSS], {
        ...MOVING,
        step: 5,
      }),
      {
        ...change(
          "Writes the master secret into this computer's registry.",
          'Then restore the secret there, elevated.',
          [MOVE, RESTORE],
          cmd('ssoconfig -restoreSecret {backup}'),
        ),
        follows: { ...MOVING, step: 6 },
      },
    ],
    verify: [
      'After the restart, look for event 10534 in the Application log; its name says this computer is the master secret server. That it is logged at the restart is our reading of that name: no Microsoft page says when.',
      ...AFTER_FIX,
    ],
    sources: sources(MOVE, CHANGE_MSS, CLUSTER, 'event:10534', 'event:10575', 'field'),
    guides: ['restore-master-secret', 'master-secret-server'],
  },
  'wrong-backup-password': {
    title: 'The password is not the one the backup file was made with',
    explanation:
      'A restore needs the password given when that very file was written; for the file the configuration wizard wrote, it is the password typed during SSO configuration.',
    fix: [
      step(
        'Find the password set for that file; the file holds a reminder that the restore prompt shows. Without the password the file cannot be used (field experience).',
        [BACKUP, RECOVER, 'event:10779', 'field'],
      ),
      AGAIN,
    ],
    verify: AFTER_FIX,
    sources: sources('event:10779', BACKUP, RECOVER, 'field'),
    guides: ['restore-master-secret', 'back-up-master-secret'],
  },
  'wrong-backup-file': {
    title: 'The file is a backup of another master secret',
    explanation:
      "The file is a valid backup, but of a different secret than the one the SSO database was encrypted with: an older or another system's backup.",
    fix: [
      step(
        'Find the ID of the secret in use (10528 on the master secret server, or 10529/10533 on a BizTalk server) and the backup whose 10559 names it as Current MSID.',
        ['event:10815', 'event:10559', 'event:10528'],
        ps(
          "Get-WinEvent -FilterHashtable @{LogName='Application';ProviderName='ENTSSO';Id=10559,10528} -MaxEvents 10 | Format-List TimeCreated,Id,Message",
        ),
      ),
      step(
        'Restore that file instead.',
        [RESTORE, 'event:10815'],
        cmd('ssoconfig -restoreSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources('event:10815', 'event:10559', 'event:10528'),
    guides: ['restore-master-secret', 'back-up-master-secret'],
  },
  'backup-file-corrupt': {
    title: 'The file is not in the backup format',
    explanation:
      'The file given is damaged or is not a secret backup at all; another .bak file in the same folder can be taken for it.',
    fix: [
      step('Check that the path names the right file, and keep only one .bak in that folder.', [
        'event:10564',
      ]),
      step(
        'Restore from an intact copy of the backup.',
        [RESTORE, EVENT],
        cmd('ssoconfig -restoreSecret {backup}'),
      ),
    ],
    verify: AFTER_FIX,
    sources: sources('event:10564', EVENT),
    guides: ['restore-master-secret', 'back-up-master-secret'],
  },
  'restore-file-missing': {
    title: 'The backup file is not at that path on the computer where the restore ran',
    explanation:
      'The restore reads the file on the computer where it runs; Microsoft copies it to each node or new server first.',
    fix: [
      step(
        'Check the path on that computer.',
        ['field'],
        ps('Test-Path -LiteralPath {backup} -PathType Leaf'),
      ),
      step(
        'Copy the file there, to an NTFS folder or removable media, then restore with its full path.',
        [CLUSTER, MOVE, 'event:10759'],
      ),
      AGAIN,
    ],
    verify: AFTER_FIX,
    sources: sources(CLUSTER, MOVE, 'event:10784', 'event:10759'),
    guides: ['restore-master-secret'],
  },
  'restore-file-access': {
    title: 'The restoring account cannot read the backup file',
    explanation:
      'Reading the backup (and its password reminder) needs read access to the file, and only SSO administrators should have it.',
    fix: [
      change(
        'Gives the restoring account read access to the backup file.',
        'Give the client user read access to the file; keep everyone else out.',
        [SECURITY, 'event:10784'],
      ),
      AGAIN,
    ],
    verify: AFTER_FIX,
    sources: sources(SECURITY, 'event:10784', 'field'),
    guides: ['restore-master-secret'],
  },
  unknown: {
    title: 'The evidence so far does not decide why the restore failed',
    explanation:
      "Microsoft's page for 10524 names permissions or a damaged backup file, with the reason in related events. Events 10520, 10521 and 10565 are why a restore was needed, not why it failed.",
    fix: [
      step(
        'Look for related ENTSSO events near the time of the 10524 (the event log step lists them).',
        [EVENT],
      ),
      step('Answer the admin-rights questions, then the backup-file questions.', [RESTORE]),
    ],
    verify: AFTER_FIX,
    sources: sources(EVENT, RESTORE),
    guides: ['restore-master-secret', 'master-secret-server'],
  },
};
