import type { DecisionModel, EvidenceRule } from '../event-model';
import { candidate, codes, decisive, events, no, when } from '../rule-helpers';
import {
  NETWORK_NAME_EXPLAINS,
  DECRYPTION_FAILED,
  NO_SECRET_FITS,
  NO_SECRET_HANDED_OUT,
} from '../family/rules';
import { inOrder } from '../rule-order';

// The computer named answered but has no ENTSSO endpoint: a stopped service, the wrong
// computer, or (clustered) a resource that does not present the SSO network name.
const NO_ENDPOINT = codes('0x800706D9');
// "Wrong server information, or the SSO service is not available on the remote server".
const SERVER_UNAVAILABLE = [...codes('0x800706BA', '0xC0002A0F'), ...events(10767)];
const CALL_FAILED = codes('0x800706BE');
const ACCESS_DENIED = codes('0x80070005', '0xC0002A5A');

/** The evidence table of event 10532 (contract additions, section 6.3), row by row. */
const RULES: readonly EvidenceRule[] = [
  decisive('service-stopped', 'sso-service-unavailable', [no('svc')]),
  decisive('wrong-secret-server-name', 'wrong-secret-server-name', [no('mssname')]),
  decisive('network-name-not-presented', 'cluster-node', [no('netname')]),
  decisive('cluster-no-endpoint', 'cluster-node', NO_ENDPOINT, [
    when('cluster', 'yes'),
    when('mssname', 'not-no'),
  ]),
  // Outside a known cluster, no endpoint fits three causes until cluster, mssname, svc split them.
  ...inOrder([
    candidate('no-endpoint-cluster', 'cluster-node', NO_ENDPOINT, [
      when('cluster', 'unanswered'),
      when('mssname', 'not-no'),
      when('svc', 'not-no'),
    ]),
    candidate('no-endpoint-name', 'wrong-secret-server-name', NO_ENDPOINT, [
      when('cluster', 'not-yes'),
      when('mssname', 'not-no'),
      when('svc', 'not-no'),
    ]),
    candidate('no-endpoint-service', 'sso-service-unavailable', NO_ENDPOINT, [
      when('cluster', 'not-yes'),
      when('mssname', 'not-no'),
      when('svc', 'not-no'),
    ]),
  ]),
  // Server unavailable: the service, the name and the path are listed until svc and mssname answer.
  candidate('unavailable-service', 'sso-service-unavailable', SERVER_UNAVAILABLE, [
    when('svc', 'not-no'),
    when('mssname', 'not-no'),
  ]),
  candidate('unavailable-name', 'wrong-secret-server-name', SERVER_UNAVAILABLE, [
    when('svc', 'not-no'),
    when('mssname', 'not-no'),
  ]),
  candidate('unavailable-path', 'rpc-blocked', SERVER_UNAVAILABLE, [
    when('svc', 'not-no'),
    when('mssname', 'not-no'),
  ]),
  decisive('unavailable-path-when-both-fine', 'rpc-blocked', SERVER_UNAVAILABLE, [
    when('svc', 'yes'),
    when('mssname', 'yes'),
  ]),
  candidate('call-failed-service', 'sso-service-unavailable', CALL_FAILED, [
    when('svc', 'unanswered'),
  ]),
  candidate('call-failed-path', 'rpc-blocked', CALL_FAILED, [when('svc', 'unanswered')]),
  decisive('call-failed-service-running', 'rpc-blocked', CALL_FAILED, [when('svc', 'yes')]),
  decisive('rpc-blocked', 'rpc-blocked', [
    ...codes('0x800706BF'),
    ...events(10555, 10602, 10613, 11015),
    no('rpc'),
  ]),
  // Refused by the master secret server: never decided by the code alone.
  ...inOrder([
    candidate('refused-service-account', 'service-account-not-sso-admin', ACCESS_DENIED, [
      when('svcadmin', 'not-no'),
    ]),
    candidate('refused-groups', 'service-account-cannot-read-groups', ACCESS_DENIED, [
      when('svcadmin', 'not-no'),
    ]),
    candidate('refused-path', 'rpc-blocked', ACCESS_DENIED, [when('svcadmin', 'not-no')]),
  ]),
  decisive('service-account-not-sso-admin', 'service-account-not-sso-admin', [
    no('svcadmin'),
    ...events(10550),
  ]),
  decisive(
    'service-account-cannot-read-groups',
    'service-account-cannot-read-groups',
    events(11016),
  ),
  decisive('secret-missing', 'secret-missing', [...events(10520), no('secretkey')]),
  decisive('secret-mismatch', 'secret-mismatch', [no('secretmatch')]),
  decisive('secret-unreadable', 'secret-unreadable', events(10521, 10565)),
  candidate('secret-unreadable-code', 'secret-unreadable', DECRYPTION_FAILED),
  // No secret handed out: the service, a missing and an unreadable secret, split by svc and secretkey.
  candidate('no-secret-service', 'sso-service-unavailable', NO_SECRET_FITS, [
    when('svc', 'unanswered'),
  ]),
  candidate('no-secret-missing', 'secret-missing', NO_SECRET_FITS, [
    when('svc', 'not-no'),
    when('secretkey', 'unanswered'),
  ]),
  candidate('no-secret-unreadable', 'secret-unreadable', NO_SECRET_FITS, [
    when('svc', 'not-no'),
    when('secretkey', 'not-no'),
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
  decisive(
    'sso-db-unavailable',
    'sso-db-unavailable',
    codes('0xC0002A10', '0xC0002A21', '0xC0002A5D'),
  ),
  candidate('sso-db-events', 'sso-db-unavailable', events(10590, 10768)),
  decisive('sso-disabled', 'sso-disabled', codes('0xC0002A02')),
  decisive('dtc-unavailable', 'dtc-unavailable', [
    ...codes('0xC0002A24', '0xC0002A25'),
    ...events(11049, 10605, 10788, 10789),
  ]),
  candidate('secret-server-name-changed', 'wrong-secret-server-name', events(10575)),
];

/** Event 10532 as a decision: an SSO server could not fetch the secret from the secret server. */
export const ENTSSO_10532_DECISION: DecisionModel = {
  // The master secret server that refused this server's request logs a 10527 for it.
  otherHalf: { event: 10527, side: 'fetch' },
  event: {
    id: 10532,
    name: 'SSO_WARN_LOST_SECRET_SERVER',
    summary: 'failed to retrieve the master secrets from the master secret server',
    // %1 the secret server name that was tried, %2 the error code (text may follow it).
    layout: ['triedserver', 'code'],
  },
  // Tie-break order (the family brief, section 7): the secret server's side first.
  causes: [
    { id: 'sso-service-unavailable', step: 'secret-server', ruledOutBy: 'svc' },
    { id: 'wrong-secret-server-name', step: 'secret-server', ruledOutBy: 'mssname' },
    { id: 'cluster-node', step: 'secret-server', confirmedBy: 'netname' },
    { id: 'rpc-blocked', step: 'secret-server', ruledOutBy: 'rpc' },
    { id: 'secret-missing', step: 'secret-server', ruledOutBy: 'secretkey' },
    { id: 'secret-mismatch', step: 'secret-server', ruledOutBy: 'secretmatch' },
    { id: 'secret-unreadable' },
    { id: 'service-account-not-sso-admin', step: 'secret-server', ruledOutBy: 'svcadmin' },
    { id: 'service-account-cannot-read-groups' },
    { id: 'sso-db-unavailable' },
    { id: 'sso-disabled' },
    { id: 'dtc-unavailable' },
    { id: 'unknown' },
  ],
  fallbackCause: 'unknown',
  // The two suspects the event's own page names.
  fallbackSuspects: ['sso-service-unavailable', 'wrong-secret-server-name'],
  // In the order Microsoft's page checks them: the name, then the server and its service.
  checks: [
    { id: 'mssname', step: 'secret-server' },
    { id: 'svc', step: 'secret-server' },
    { id: 'cluster', step: 'secret-server' },
    { id: 'netname', step: 'secret-server' },
    { id: 'rpc', step: 'secret-server' },
    { id: 'svcadmin', step: 'secret-server' },
    { id: 'secretkey', step: 'secret-server' },
    { id: 'secretmatch', step: 'secret-server' },
  ],
  rules: RULES,
  notes: [
    { id: 'secret-retrieved', anyOf: events(10529, 10533) },
    { id: 'request-failed-on-secret-server', anyOf: events(10527) },
    { id: 'secret-server-started', anyOf: events(10534) },
    // Every SSO server logs these for its own service: a start here, not on the secret server.
    { id: 'service-started-here', anyOf: events(10501, 10611) },
  ],
  questionSteps: ['secret-server'],
  optionalSteps: [],
  explains: [NETWORK_NAME_EXPLAINS],
};
