import type { DecisionModel, EvidenceRule } from '../event-model';
import { candidate, codes, decisive, events, no, when } from '../rule-helpers';
import {
  PASSIVE_NODE_EXPLAINS,
  DECRYPTION_FAILED,
  NO_SECRET_FITS,
  NO_SECRET_HANDED_OUT,
} from '../family/rules';
import {
  NOT_ON_SECRET_SERVER,
  rightsRules,
  secretServerRules,
} from '../secret-operations/operation-rules';

const BACKUP_WRITE_FAILED = [...codes('0xC0002A20'), ...events(10784)];

/** The evidence table of event 10560 (contract additions, section 6.1), row by row. */
const RULES: readonly EvidenceRule[] = [
  ...rightsRules({ cause: 'backup-access', check: 'writable' }),
  decisive(
    'not-master-secret-server',
    'not-master-secret-server',
    [...NOT_ON_SECRET_SERVER, no('mss')],
    [when('cluster', 'not-yes')],
  ),
  decisive(
    'not-master-secret-server-on-cluster',
    'cluster-node',
    [no('mss')],
    [when('cluster', 'yes')],
  ),
  ...secretServerRules(),
  candidate('secret-server-name-changed', 'wrong-secret-server-name', events(10575)),
  // The backup file: written with the rights of whoever runs the tool.
  decisive('backup-media-for-backup', 'backup-media', events(10561)),
  decisive('backup-path', 'backup-path', [
    ...codes('0x80070002', '0x80070003', '0x8007007B', '0x800700A1', '0x80070035', '0x80070043'),
    no('folder'),
  ]),
  decisive('backup-access', 'backup-access', [no('writable')]),
  decisive('backup-write-failed-writable', 'backup-access', BACKUP_WRITE_FAILED, [
    when('writable', 'no'),
  ]),
  candidate('backup-write-failed-path', 'backup-path', BACKUP_WRITE_FAILED, [
    when('writable', 'not-no'),
  ]),
  candidate('backup-write-failed-access', 'backup-access', BACKUP_WRITE_FAILED),
  decisive('backup-disk-full', 'backup-disk-full', [
    ...codes('0x80070070', '0x80070027'),
    no('space'),
  ]),
  decisive(
    'backup-file-in-use',
    'backup-file-in-use',
    codes('0x80070020', '0x80070050', '0x800700B7'),
  ),
  decisive('backup-password-too-short', 'backup-password-too-short', [
    ...codes('0xC0002A54'),
    ...events(10836),
  ]),
  decisive('backup-password-too-long', 'backup-password-too-long', [
    ...codes('0xC0002A57', '0xC0002A58'),
    ...events(10839, 10840),
  ]),
  // Signs that a new secret is still being applied, without the code that says so.
  candidate('reencrypt-unfinished', 'reencrypt-in-progress', [
    { kind: 'event-without', event: 10562, without: 10528 },
    ...events(10522),
  ]),
  candidate('sso-disabled-events', 'sso-disabled', events(10537, 10583)),
  // The secret: missing from the registry, or unreadable by the service account.
  decisive('secret-unreadable', 'secret-unreadable', events(10565, 10521)),
  candidate('secret-unreadable-code', 'secret-unreadable', DECRYPTION_FAILED),
  decisive('secret-missing', 'secret-missing', [...events(10520), no('secretkey')]),
  // No secret handed out: the service, then a missing, then an unreadable secret.
  candidate('no-secret-service', 'sso-service-unavailable', NO_SECRET_FITS, [
    when('svc', 'unanswered'),
  ]),
  candidate('no-secret-missing', 'secret-missing', NO_SECRET_FITS, [
    when('svc', 'not-no'),
    when('secretkey', 'unanswered'),
  ]),
  candidate('no-secret-unreadable', 'secret-unreadable', NO_SECRET_FITS, [
    when('svc', 'not-no'),
    when('secretkey', 'unanswered'),
  ]),
  decisive('no-secret-unreadable-decided', 'secret-unreadable', NO_SECRET_HANDED_OUT, [
    when('svc', 'yes'),
    when('secretkey', 'yes'),
  ]),
  // NTE_BAD_DATA fits where the secret server answered with its secret in place: listed only.
  candidate('no-secret-unreadable-decided-bad-data', 'secret-unreadable', codes('0x80090005'), [
    when('svc', 'yes'),
    when('secretkey', 'yes'),
  ]),
];

/** Event 10560 as a decision: backing up the master secret failed. */
export const ENTSSO_10560_DECISION: DecisionModel = {
  event: {
    id: 10560,
    name: 'SSO_ERROR_BACKUP_SECRET_FAILED',
    summary: 'failed to back up the master secret',
    // %1 file name, %2 current MSID, %3 previous MSID, %4 client user, %5 error code.
    layout: ['backup', 'msid', 'prevmsid', 'user', 'code'],
  },
  // Tie-break order (the family brief, section 5): the secret server's side first.
  causes: [
    { id: 'not-master-secret-server', step: 'admin-rights', ruledOutBy: 'mss' },
    { id: 'cluster-node', step: 'admin-rights', confirmedBy: 'owner' },
    { id: 'wrong-secret-server-name', step: 'admin-rights', ruledOutBy: 'mssname' },
    { id: 'sso-disabled' },
    { id: 'sso-service-unavailable', step: 'admin-rights', ruledOutBy: 'svc' },
    { id: 'rpc-blocked', step: 'admin-rights', ruledOutBy: 'rpc' },
    { id: 'sso-db-unavailable', step: 'admin-rights', ruledOutBy: 'db' },
    { id: 'dtc-unavailable' },
    { id: 'reencrypt-in-progress' },
    { id: 'secret-missing', step: 'admin-rights', ruledOutBy: 'secretkey' },
    { id: 'secret-unreadable' },
    { id: 'service-account-not-sso-admin' },
    { id: 'invalid-sso-admin-account' },
    { id: 'not-elevated', step: 'admin-rights', ruledOutBy: 'elevated' },
    { id: 'not-local-admin', step: 'admin-rights', ruledOutBy: 'localadmin' },
    { id: 'not-sso-admin', step: 'admin-rights', ruledOutBy: 'ssoadmin' },
    { id: 'stale-token', step: 'admin-rights', ruledOutBy: 'relogon' },
    { id: 'service-account-cannot-read-groups', step: 'admin-rights' },
    { id: 'group-check-failed' },
    { id: 'backup-media', step: 'backup-file', ruledOutBy: 'ntfs' },
    { id: 'backup-path', step: 'backup-file', ruledOutBy: 'folder' },
    { id: 'backup-access', step: 'backup-file', ruledOutBy: 'writable' },
    { id: 'backup-disk-full', step: 'backup-file', ruledOutBy: 'space' },
    { id: 'backup-file-in-use', step: 'backup-file' },
    { id: 'backup-password-too-short', step: 'backup-file' },
    { id: 'backup-password-too-long', step: 'backup-file' },
    { id: 'unknown' },
  ],
  fallbackCause: 'unknown',
  checks: [
    { id: 'mss', step: 'admin-rights' },
    { id: 'ssoadmin', step: 'admin-rights' },
    { id: 'localadmin', step: 'admin-rights' },
    { id: 'elevated', step: 'admin-rights' },
    { id: 'relogon', step: 'admin-rights' },
    { id: 'svc', step: 'admin-rights' },
    { id: 'db', step: 'admin-rights' },
    { id: 'cluster', step: 'admin-rights' },
    { id: 'owner', step: 'admin-rights' },
    { id: 'mssname', step: 'admin-rights' },
    { id: 'rpc', step: 'admin-rights' },
    { id: 'secretkey', step: 'admin-rights' },
    { id: 'ntfs', step: 'backup-file' },
    { id: 'folder', step: 'backup-file' },
    { id: 'writable', step: 'backup-file' },
    { id: 'space', step: 'backup-file' },
  ],
  rules: RULES,
  notes: [
    { id: 'backup-done', anyOf: events(10559) },
    { id: 'backup-required', anyOf: events(10589) },
    { id: 'admin-account-individuals', anyOf: events(11051) },
  ],
  // Rights first, then the file: both are walked for a failed backup.
  questionSteps: ['admin-rights', 'backup-file'],
  optionalSteps: [],
  computerIs: [{ check: 'mss', field: 'secretserver' }],
  explains: [PASSIVE_NODE_EXPLAINS],
};
