import type { EvidenceRule } from '../event-model';
import { candidate, codes, decisive, events, no, splitBy, when } from '../rule-helpers';

/**
 * The rows a backup (10560) and a restore (10524) share: who may run them, on which
 * computer, and what between it and the master secret server can fail. Each event adds
 * its own rows about the file and the secret.
 */
export const NOT_SSO_ADMIN_SIGNS = [
  ...codes('0xC0002A14', '0xC0002A52'),
  ...events(11009, 10772, 10834),
];
const NOT_ADMIN = [...codes('0xC0002A13'), ...events(10771)];
const ACCESS_DENIED = codes('0x80070005', '0xC0002A5A');
export const NOT_ON_SECRET_SERVER = [...codes('0xC0002A0E'), ...events(10766)];
const RPC_UNREACHABLE = codes('0x800706BA', '0x800706BE');

/** The SSO-admin family, Windows administrator and elevation rows. */
export function rightsRules(fileAccess: { cause: string; check: string }): EvidenceRule[] {
  return [
    decisive('not-sso-admin', 'not-sso-admin', [...NOT_SSO_ADMIN_SIGNS, no('ssoadmin')]),
    // A refused member: a token older than the change, or a service that cannot read
    // groups. Until relogon is answered both are listed, the stale token first.
    decisive('stale-token', 'stale-token', NOT_SSO_ADMIN_SIGNS, [
      when('ssoadmin', 'yes'),
      when('relogon', 'no'),
    ]),
    candidate('stale-token-listed', 'stale-token', NOT_SSO_ADMIN_SIGNS, [
      when('ssoadmin', 'yes'),
      when('relogon', 'unanswered'),
    ]),
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
    // 11008 may belong to another request: listed, never decided.
    candidate('group-check-failed', 'group-check-failed', events(11008)),
    decisive('invalid-sso-admin-account', 'invalid-sso-admin-account', events(10517)),
    decisive('not-local-admin', 'not-local-admin', [no('localadmin')]),
    decisive('not-elevated', 'not-elevated', [...codes('0x800702E4'), no('elevated')]),
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
      fileAccess,
    ]),
    decisive('service-account-not-sso-admin', 'service-account-not-sso-admin', events(10550)),
  ];
}

/** The master secret server, its cluster, the path to it, and what it depends on. */
export function secretServerRules(): EvidenceRule[] {
  return [
    // On a clustered secret server, "not the master secret server" means the wrong node.
    decisive('cluster-node', 'cluster-node', NOT_ON_SECRET_SERVER, [when('cluster', 'yes')]),
    decisive('cluster-not-owner', 'cluster-node', [no('owner')], [when('cluster', 'yes')]),
    decisive('cluster-no-endpoint', 'cluster-node', codes('0x800706D9'), [when('cluster', 'yes')]),
    decisive('wrong-secret-server-name', 'wrong-secret-server-name', [no('mssname')]),
    decisive('rpc-blocked', 'rpc-blocked', [
      ...codes('0x800706BF'),
      ...events(10555, 10602, 10613, 11015),
      no('rpc'),
    ]),
    decisive('rpc-no-endpoint', 'rpc-blocked', codes('0x800706D9'), [when('cluster', 'not-yes')]),
    // Server unavailable: the service and the path are listed until svc answers.
    candidate('rpc-unreachable-service', 'sso-service-unavailable', RPC_UNREACHABLE, [
      when('svc', 'unanswered'),
    ]),
    candidate('rpc-unreachable-path', 'rpc-blocked', RPC_UNREACHABLE, [when('svc', 'unanswered')]),
    decisive('rpc-unreachable-service-running', 'rpc-blocked', RPC_UNREACHABLE, [
      when('svc', 'yes'),
    ]),
    decisive('sso-service-unavailable', 'sso-service-unavailable', [
      ...codes('0xC0002A0F', '0x80070426'),
      ...events(10767),
    ]),
    // A stopped service on a cluster node is expected where the node does not own the role:
    // the wrong node and a stopped resource are both listed until owner answers.
    decisive(
      'service-stopped',
      'sso-service-unavailable',
      [no('svc')],
      [when('cluster', 'not-yes')],
    ),
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
    decisive('dtc-unavailable', 'dtc-unavailable', [
      ...codes('0xC0002A24', '0xC0002A25'),
      ...events(11049, 10605, 10788, 10789),
    ]),
    decisive('reencrypt-in-progress', 'reencrypt-in-progress', [
      ...codes('0xC0002A3E'),
      ...events(10814),
    ]),
    // No page ties a backup or restore to the database: its events only list it.
    decisive(
      'sso-db-unavailable',
      'sso-db-unavailable',
      codes('0xC0002A10', '0xC0002A21', '0xC0002A5D'),
    ),
    candidate('sso-db-events', 'sso-db-unavailable', [
      ...events(10768, 10590, 10603, 10513, 10514, 10515, 10785),
      no('db'),
    ]),
    decisive('sso-disabled', 'sso-disabled', [...codes('0xC0002A02'), ...events(10754)]),
    decisive('backup-media', 'backup-media', [
      ...codes('0xC0002A07'),
      ...events(10759),
      no('ntfs'),
    ]),
    candidate('backup-media-unc', 'backup-media', [{ kind: 'unc-path', field: 'backup' }]),
  ];
}
