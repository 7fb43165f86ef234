import type { DecisionModel, EvidenceRule } from '../event-model';
import { candidate, codes, decisive, events, no, splitBy, when } from '../rule-helpers';
import {
  PASSIVE_NODE_EXPLAINS,
  DECRYPTION_FAILED,
  NO_SECRET_FITS,
  NO_SECRET_HANDED_OUT,
} from '../family/rules';

const NOT_SSO_ADMIN_SIGNS = [...codes('0xC0002A14', '0xC0002A52'), ...events(11009, 10772, 10834)];
const ACCESS_DENIED = codes('0x80070005', '0xC0002A5A');
const NOT_ADMIN = [...codes('0xC0002A13'), ...events(10771)];
const BACKUP_WRITE_FAILED = [...codes('0xC0002A20'), ...events(10784, 10560)];
const NOT_ON_SECRET_SERVER = [...codes('0xC0002A0E'), ...events(10766), no('mss')];
const RPC_UNREACHABLE = codes('0x800706BA', '0x800706BE');

/** The evidence table of the triage contract, row by row. */
const RULES: readonly EvidenceRule[] = [
  decisive('not-sso-admin', 'not-sso-admin', [...NOT_SSO_ADMIN_SIGNS, no('ssoadmin')]),
  // A refused member: a token older than the change, or a service that cannot read groups.
  // Until relogon is answered both are listed, the stale token first.
  decisive('stale-token', 'stale-token', NOT_SSO_ADMIN_SIGNS, [
    when('ssoadmin', 'yes'),
    when('relogon', 'no'),
  ]),
  candidate('stale-token-listed', 'stale-token', NOT_SSO_ADMIN_SIGNS, [
    when('ssoadmin', 'yes'),
    when('relogon', 'unanswered'),
  ]),
  candidate('stale-token-no-relogon', 'stale-token', [no('relogon')]),
  decisive(
    'member-refused-after-relogon',
    'service-account-cannot-read-groups',
    NOT_SSO_ADMIN_SIGNS,
    [when('ssoadmin', 'yes'), when('relogon', 'yes')],
  ),
  candidate('member-refused-listed', 'service-account-cannot-read-groups', NOT_SSO_ADMIN_SIGNS, [
    when('ssoadmin', 'yes'),
    when('relogon', 'unanswered'),
  ]),
  decisive(
    'service-account-cannot-read-groups',
    'service-account-cannot-read-groups',
    events(11016),
  ),
  decisive('invalid-sso-admin-account', 'invalid-sso-admin-account', events(10517)),
  decisive('not-local-admin', 'not-local-admin', [no('localadmin')]),
  decisive('not-elevated', 'not-elevated', [...codes('0x800702E4'), no('elevated')]),
  // "Only a local administrator": under UAC an administrator's unelevated window is
  // refused the same way, so both are listed, elevation first, until one is answered.
  candidate('not-admin-listed-elevation', 'not-elevated', NOT_ADMIN, [
    when('elevated', 'unanswered'),
    when('localadmin', 'unanswered'),
  ]),
  candidate('not-admin-listed-local-admin', 'not-local-admin', NOT_ADMIN, [
    when('elevated', 'unanswered'),
    when('localadmin', 'unanswered'),
  ]),
  decisive('not-admin-when-elevated', 'not-local-admin', NOT_ADMIN, [when('elevated', 'yes')]),
  decisive('not-admin-when-local-admin', 'not-elevated', NOT_ADMIN, [when('localadmin', 'yes')]),
  // Access denied: the first `no` among these answers names the cause.
  ...splitBy('access-denied', ACCESS_DENIED, [
    { cause: 'not-elevated', check: 'elevated' },
    { cause: 'not-local-admin', check: 'localadmin' },
    { cause: 'not-sso-admin', check: 'ssoadmin' },
    { cause: 'backup-access', check: 'writable' },
  ]),
  // On a clustered secret server the same signs mean the wrong node or the node's own name.
  decisive('not-master-secret-server', 'not-master-secret-server', NOT_ON_SECRET_SERVER, [
    when('cluster', 'not-yes'),
  ]),
  decisive('cluster-node', 'cluster-node', NOT_ON_SECRET_SERVER, [when('cluster', 'yes')]),
  decisive('cluster-not-owner', 'cluster-node', [no('owner')], [when('cluster', 'yes')]),
  decisive('cluster-no-endpoint', 'cluster-node', codes('0x800706D9'), [when('cluster', 'yes')]),
  decisive('wrong-secret-server-name', 'wrong-secret-server-name', [no('mssname')]),
  candidate('secret-server-name-changed', 'wrong-secret-server-name', events(10575)),
  candidate('secret-server-lost-while-running', 'wrong-secret-server-name', events(10532), [
    when('svc', 'yes'),
  ]),
  decisive('rpc-blocked', 'rpc-blocked', [
    ...codes('0x800706BF'),
    ...events(10555, 10602, 10613, 11015),
    no('rpc'),
  ]),
  decisive('rpc-no-endpoint', 'rpc-blocked', codes('0x800706D9'), [when('cluster', 'not-yes')]),
  // Server unavailable: the service and the path to it are both listed until svc answers.
  candidate('rpc-unreachable-service', 'sso-service-unavailable', RPC_UNREACHABLE, [
    when('svc', 'unanswered'),
  ]),
  candidate('rpc-unreachable-path', 'rpc-blocked', RPC_UNREACHABLE, [when('svc', 'unanswered')]),
  decisive('rpc-unreachable-service-running', 'rpc-blocked', RPC_UNREACHABLE, [when('svc', 'yes')]),
  decisive('dtc-unavailable', 'dtc-unavailable', [
    ...codes('0xC0002A24', '0xC0002A25'),
    ...events(11049, 10605, 10788, 10789),
  ]),
  decisive('backup-media', 'backup-media', [
    ...codes('0xC0002A07'),
    ...events(10561, 10759),
    no('ntfs'),
  ]),
  candidate('backup-media-unc', 'backup-media', [{ kind: 'unc-path', field: 'backup' }]),
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
  decisive('reencrypt-in-progress', 'reencrypt-in-progress', [
    ...codes('0xC0002A3E'),
    ...events(10814),
    { kind: 'event-without', event: 10562, without: 10528 },
  ]),
  candidate('reencrypt-retrying', 'reencrypt-in-progress', events(10522)),
  decisive('sso-service-unavailable', 'sso-service-unavailable', [
    ...codes('0xC0002A0F', '0x80070426'),
    ...events(10767, 10532),
  ]),
  // A stopped service on a cluster node is expected where the node does not own the
  // resource: the wrong node and a stopped resource are both listed until owner answers.
  decisive('service-stopped', 'sso-service-unavailable', [no('svc')], [when('cluster', 'not-yes')]),
  candidate(
    'service-stopped-on-cluster-node',
    'cluster-node',
    [no('svc')],
    [when('cluster', 'yes'), when('owner', 'unanswered')],
  ),
  candidate(
    'service-stopped-on-cluster',
    'sso-service-unavailable',
    [no('svc')],
    [when('cluster', 'yes'), when('owner', 'unanswered')],
  ),
  decisive(
    'service-stopped-on-owner',
    'sso-service-unavailable',
    [no('svc')],
    [when('cluster', 'yes'), when('owner', 'yes')],
  ),
  // Offline means the database was out of reach for minutes: a database cause.
  decisive('sso-db-unavailable', 'sso-db-unavailable', [
    ...codes('0xC0002A10', '0xC0002A21', '0xC0002A5D'),
    ...events(10768, 10590, 10603, 10513, 10514, 10515, 10785),
    no('db'),
  ]),
  decisive('sso-disabled', 'sso-disabled', [
    ...codes('0xC0002A02'),
    ...events(10754, 10537, 10583),
  ]),
  decisive('secret-unreadable', 'secret-unreadable', events(10565, 10521)),
  candidate('secret-unreadable-code', 'secret-unreadable', DECRYPTION_FAILED),
  // No secret handed out: a stopped service and an unreadable secret are both listed until
  // svc answers.
  candidate('no-secret-service', 'sso-service-unavailable', NO_SECRET_FITS, [
    when('svc', 'unanswered'),
  ]),
  candidate('no-secret-unreadable', 'secret-unreadable', NO_SECRET_FITS, [
    when('svc', 'unanswered'),
  ]),
  decisive('no-secret-service-running', 'secret-unreadable', NO_SECRET_HANDED_OUT, [
    when('svc', 'yes'),
  ]),
  // NTE_BAD_DATA fits where the secret server answered with its secret in place: listed only.
  candidate('no-secret-service-running-bad-data', 'secret-unreadable', codes('0x80090005'), [
    when('svc', 'yes'),
  ]),
  decisive('service-account-not-sso-admin', 'service-account-not-sso-admin', events(10550)),
];

/** Event 10526 as a decision: which causes, which questions, which evidence. No prose here. */
export const ENTSSO_10526_DECISION: DecisionModel = {
  event: {
    id: 10526,
    name: 'SSO_ERROR_GENERATE_SECRET_FAILED',
    summary: 'failed to generate a new master secret',
    // %1 client user, %2 client computer (with its program), %3 Tracking ID, %4 error code.
    layout: ['user', 'computer', 'tid', 'code'],
  },
  // Tie-break order of the ranking, most fundamental first.
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
    { id: 'secret-unreadable' },
    { id: 'service-account-not-sso-admin' },
    { id: 'invalid-sso-admin-account' },
    { id: 'not-elevated', step: 'admin-rights', ruledOutBy: 'elevated' },
    { id: 'not-local-admin', step: 'admin-rights', ruledOutBy: 'localadmin' },
    { id: 'not-sso-admin', step: 'admin-rights', ruledOutBy: 'ssoadmin' },
    { id: 'stale-token', step: 'admin-rights', ruledOutBy: 'relogon' },
    { id: 'service-account-cannot-read-groups', step: 'admin-rights' },
    { id: 'backup-media', step: 'backup-file', ruledOutBy: 'ntfs' },
    { id: 'backup-path', step: 'backup-file', ruledOutBy: 'folder' },
    { id: 'backup-access', step: 'backup-file', ruledOutBy: 'writable' },
    { id: 'backup-disk-full', step: 'backup-file', ruledOutBy: 'space' },
    { id: 'backup-file-in-use', step: 'backup-file' },
    { id: 'backup-password-too-short', step: 'backup-file' },
    { id: 'unknown' },
  ],
  fallbackCause: 'unknown',
  // The order in which each step asks them, and the order of answers in a link.
  checks: [
    { id: 'mss', step: 'admin-rights' },
    { id: 'ssoadmin', step: 'admin-rights' },
    { id: 'localadmin', step: 'admin-rights' },
    { id: 'elevated', step: 'admin-rights' },
    { id: 'relogon', step: 'admin-rights' },
    { id: 'svc', step: 'admin-rights' },
    { id: 'db', step: 'admin-rights' },
    { id: 'ntfs', step: 'backup-file' },
    { id: 'folder', step: 'backup-file' },
    { id: 'writable', step: 'backup-file' },
    { id: 'space', step: 'backup-file' },
    { id: 'cluster', step: 'admin-rights' },
    { id: 'owner', step: 'admin-rights' },
    { id: 'mssname', step: 'admin-rights' },
    { id: 'rpc', step: 'admin-rights' },
  ],
  rules: RULES,
  notes: [
    { id: 'later-success', anyOf: events(10525) },
    { id: 'backup-required', anyOf: events(10589) },
    { id: 'no-secret', anyOf: events(10520) },
    { id: 'backup-done', anyOf: events(10559) },
    { id: 'admin-account-individuals', anyOf: events(11051) },
    // The BizTalk Server Configuration program, not ssoconfig, asked for the secret.
    { id: 'configuration-wizard', anyOf: [{ kind: 'program', name: 'Configuration.exe' }] },
  ],
  // Rights first: most failed generates are refused access; the backup file comes after.
  questionSteps: ['admin-rights', 'backup-file'],
  optionalSteps: [
    {
      step: 'backup-file',
      // Write-protected or not-ready removable media name no cause but point at the backup file.
      codes: ['0x80070013', '0x80070015'],
      fields: ['backup'],
    },
  ],
  // "Is this computer the master secret server?" answered yes names the server.
  computerIs: [{ check: 'mss', field: 'secretserver' }],
  explains: [PASSIVE_NODE_EXPLAINS],
};
