import type { DecisionModel, EvidenceRule } from '../event-model';
import { candidate, codes, decisive, events, no, when } from '../rule-helpers';
import { PASSIVE_NODE_EXPLAINS } from '../family/rules';
import {
  NOT_ON_SECRET_SERVER,
  rightsRules,
  secretServerRules,
} from '../secret-operations/operation-rules';

// The file could not be opened: not there, or not readable by the account.
const FILE_OPEN_FAILED = [...codes('0xC0002A20'), ...events(10784)];

/** The evidence table of event 10524 (contract additions, section 6.2), row by row. */
const RULES: readonly EvidenceRule[] = [
  ...rightsRules({ cause: 'restore-file-access', check: 'fileread' }),
  ...secretServerRules(),
  // Not the master secret server, or one that was not restarted since it was named.
  decisive(
    'not-master-secret-server',
    'not-master-secret-server',
    [no('mss')],
    [when('cluster', 'not-yes')],
  ),
  decisive('restart-pending', 'mss-restart-pending', [no('restarted')]),
  decisive('named-but-not-restarted', 'mss-restart-pending', NOT_ON_SECRET_SERVER, [
    when('mss', 'yes'),
    when('cluster', 'not-yes'),
  ]),
  candidate('not-on-secret-server-listed', 'not-master-secret-server', NOT_ON_SECRET_SERVER, [
    when('mss', 'unanswered'),
    when('cluster', 'not-yes'),
  ]),
  candidate('not-restarted-listed', 'mss-restart-pending', NOT_ON_SECRET_SERVER, [
    when('mss', 'unanswered'),
    when('cluster', 'not-yes'),
  ]),
  candidate('named-without-start', 'mss-restart-pending', [
    { kind: 'event-without', event: 10575, without: 10534 },
  ]),
  // The file: its password, its secret, its format, whether it is there and readable.
  decisive('wrong-backup-password', 'wrong-backup-password', [
    ...codes('0xC0002A1B'),
    ...events(10779),
  ]),
  decisive('wrong-backup-file', 'wrong-backup-file', [
    ...codes('0xC0002A3F'),
    ...events(10815),
    no('samesecret'),
  ]),
  decisive('backup-file-corrupt', 'backup-file-corrupt', events(10564)),
  decisive('restore-file-missing', 'restore-file-missing', [
    ...codes('0x80070002', '0x80070003', '0x8007007B', '0x800700A1', '0x80070035', '0x80070043'),
    no('filefound'),
  ]),
  decisive('restore-file-access', 'restore-file-access', [no('fileread')]),
  candidate('open-failed-missing', 'restore-file-missing', FILE_OPEN_FAILED, [
    when('filefound', 'unanswered'),
    when('fileread', 'unanswered'),
  ]),
  candidate('open-failed-access', 'restore-file-access', FILE_OPEN_FAILED, [
    when('fileread', 'unanswered'),
    when('filefound', 'not-no'),
  ]),
  decisive('backup-file-in-use', 'backup-file-in-use', codes('0x80070020')),
];

/** Event 10524 as a decision: restoring the master secret from a backup file failed. */
export const ENTSSO_10524_DECISION: DecisionModel = {
  event: {
    id: 10524,
    name: 'SSO_ERROR_RESTORE_SECRET_FAILED',
    summary: 'failed to restore the master secret',
    // %1 file name, %2 current MSID, %3 previous MSID, %4 client user, %5 error code.
    layout: ['backup', 'msid', 'prevmsid', 'user', 'code'],
  },
  // Tie-break order (the family brief, section 6): where it ran, then rights, then the file.
  causes: [
    { id: 'not-master-secret-server', step: 'admin-rights', ruledOutBy: 'mss' },
    { id: 'cluster-node', step: 'admin-rights', confirmedBy: 'owner' },
    { id: 'mss-restart-pending', step: 'admin-rights', ruledOutBy: 'restarted' },
    { id: 'wrong-secret-server-name', step: 'admin-rights', ruledOutBy: 'mssname' },
    { id: 'sso-disabled' },
    { id: 'sso-service-unavailable', step: 'admin-rights', ruledOutBy: 'svc' },
    { id: 'rpc-blocked', step: 'admin-rights', ruledOutBy: 'rpc' },
    { id: 'sso-db-unavailable', step: 'admin-rights', ruledOutBy: 'db' },
    { id: 'dtc-unavailable' },
    { id: 'reencrypt-in-progress' },
    { id: 'service-account-not-sso-admin' },
    { id: 'invalid-sso-admin-account' },
    { id: 'not-elevated', step: 'admin-rights', ruledOutBy: 'elevated' },
    { id: 'not-local-admin', step: 'admin-rights', ruledOutBy: 'localadmin' },
    { id: 'not-sso-admin', step: 'admin-rights', ruledOutBy: 'ssoadmin' },
    { id: 'stale-token', step: 'admin-rights', ruledOutBy: 'relogon' },
    { id: 'service-account-cannot-read-groups', step: 'admin-rights' },
    { id: 'group-check-failed' },
    { id: 'backup-media', step: 'backup-file', ruledOutBy: 'ntfs' },
    { id: 'restore-file-missing', step: 'backup-file', ruledOutBy: 'filefound' },
    { id: 'restore-file-access', step: 'backup-file', ruledOutBy: 'fileread' },
    { id: 'backup-file-in-use', step: 'backup-file' },
    { id: 'wrong-backup-password', step: 'backup-file' },
    { id: 'wrong-backup-file', step: 'backup-file', ruledOutBy: 'samesecret' },
    { id: 'backup-file-corrupt', step: 'backup-file' },
    { id: 'unknown' },
  ],
  fallbackCause: 'unknown',
  checks: [
    { id: 'mss', step: 'admin-rights' },
    { id: 'cluster', step: 'admin-rights' },
    { id: 'owner', step: 'admin-rights' },
    { id: 'restarted', step: 'admin-rights' },
    { id: 'ssoadmin', step: 'admin-rights' },
    { id: 'localadmin', step: 'admin-rights' },
    { id: 'elevated', step: 'admin-rights' },
    { id: 'relogon', step: 'admin-rights' },
    { id: 'svc', step: 'admin-rights' },
    { id: 'db', step: 'admin-rights' },
    { id: 'mssname', step: 'admin-rights' },
    { id: 'rpc', step: 'admin-rights' },
    { id: 'ntfs', step: 'backup-file' },
    { id: 'filefound', step: 'backup-file' },
    { id: 'fileread', step: 'backup-file' },
    { id: 'samesecret', step: 'backup-file' },
  ],
  rules: RULES,
  notes: [
    { id: 'restored', anyOf: events(10523) },
    { id: 'restored-older-format', anyOf: events(10598) },
    // The reason to restore, not why it failed.
    { id: 'reason-to-restore', anyOf: events(10520, 10521, 10565) },
    { id: 'secret-server-started', anyOf: events(10534) },
    { id: 'audit-after-restore', anyOf: events(10536) },
  ],
  questionSteps: ['admin-rights', 'backup-file'],
  optionalSteps: [],
  computerIs: [{ check: 'mss', field: 'secretserver' }],
  explains: [PASSIVE_NODE_EXPLAINS],
};
