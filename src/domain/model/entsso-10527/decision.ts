import { accountsMatch } from '../../accounts/same-account';
import type { DecisionModel, EvidenceRule } from '../event-model';
import { candidate, codes, decisive, events, no, when } from '../rule-helpers';
import {
  NETWORK_NAME_EXPLAINS,
  DECRYPTION_FAILED,
  NO_SECRET_FITS,
  NO_SECRET_HANDED_OUT,
} from '../family/rules';
import { inOrder } from '../rule-order';

const NOT_SSO_ADMIN_SIGNS = [...codes('0xC0002A14', '0xC0002A52'), ...events(11009, 10772, 10834)];
const ACCESS_DENIED = codes('0x80070005', '0xC0002A5A');
const NOT_ON_SECRET_SERVER = [...codes('0xC0002A0E'), ...events(10766)];

/** The evidence table of event 10527 (contract additions, section 6.4), row by row. */
const RULES: readonly EvidenceRule[] = [
  // The secret in the registry of the master secret server (even on a cluster node).
  decisive('secret-missing', 'secret-missing', [...events(10520), no('secretkey')]),
  decisive('secret-mismatch', 'secret-mismatch', [no('secretmatch')]),
  decisive('secret-unreadable', 'secret-unreadable', events(10521, 10565)),
  candidate('secret-unreadable-code', 'secret-unreadable', DECRYPTION_FAILED),
  ...inOrder([
    candidate('no-secret-missing', 'secret-missing', NO_SECRET_FITS, [
      when('secretkey', 'unanswered'),
    ]),
    candidate('no-secret-unreadable', 'secret-unreadable', NO_SECRET_FITS, [
      when('secretkey', 'not-no'),
      when('secretmatch', 'not-no'),
    ]),
    candidate('no-secret-mismatch', 'secret-mismatch', NO_SECRET_FITS, [
      when('secretkey', 'not-no'),
    ]),
  ]),
  decisive('no-secret-unreadable-decided', 'secret-unreadable', NO_SECRET_HANDED_OUT, [
    when('secretkey', 'yes'),
    when('secretmatch', 'yes'),
  ]),
  // NTE_BAD_DATA fits where the secret server answered with its secret in place: listed only.
  candidate('no-secret-unreadable-decided-bad-data', 'secret-unreadable', codes('0x80090005'), [
    when('secretkey', 'yes'),
    when('secretmatch', 'yes'),
  ]),
  // The requesting account: a service account, so no logon token to refresh.
  decisive('not-sso-admin', 'not-sso-admin', [...NOT_SSO_ADMIN_SIGNS, no('ssoadmin')]),
  candidate('member-refused-groups', 'service-account-cannot-read-groups', NOT_SSO_ADMIN_SIGNS, [
    when('ssoadmin', 'yes'),
  ]),
  candidate('member-refused-check', 'group-check-failed', NOT_SSO_ADMIN_SIGNS, [
    when('ssoadmin', 'yes'),
  ]),
  decisive(
    'service-account-cannot-read-groups',
    'service-account-cannot-read-groups',
    events(11016),
  ),
  candidate('group-check-failed', 'group-check-failed', events(11008)),
  decisive('service-account-not-sso-admin', 'service-account-not-sso-admin', [
    no('svcadmin'),
    ...events(10550),
  ]),
  // Access denied names no cause until an account is answered.
  ...inOrder([
    candidate('refused-account', 'not-sso-admin', ACCESS_DENIED, [
      when('ssoadmin', 'not-no'),
      when('svcadmin', 'not-no'),
    ]),
    candidate('refused-groups', 'service-account-cannot-read-groups', ACCESS_DENIED, [
      when('ssoadmin', 'not-no'),
      when('svcadmin', 'not-no'),
    ]),
    candidate('refused-path', 'rpc-blocked', ACCESS_DENIED, [
      when('ssoadmin', 'not-no'),
      when('svcadmin', 'not-no'),
    ]),
  ]),
  // Not acting as master secret server: the cluster's name, a missing restart, the name.
  decisive('network-name-not-presented', 'cluster-node', [no('netname')]),
  decisive('cluster-not-secret-server', 'cluster-node', NOT_ON_SECRET_SERVER, [
    when('cluster', 'yes'),
  ]),
  decisive('restart-pending', 'mss-restart-pending', [no('restarted')]),
  ...inOrder([
    candidate('not-on-secret-server-restart', 'mss-restart-pending', NOT_ON_SECRET_SERVER, [
      when('cluster', 'not-yes'),
      when('mssname', 'not-no'),
    ]),
    candidate('not-on-secret-server-name', 'wrong-secret-server-name', NOT_ON_SECRET_SERVER, [
      when('cluster', 'not-yes'),
      when('restarted', 'not-no'),
    ]),
  ]),
  decisive('wrong-secret-server-name', 'wrong-secret-server-name', [no('mssname')]),
  decisive('rpc-blocked', 'rpc-blocked', [...codes('0x800706BF'), ...events(10555, 10613)]),
  decisive(
    'sso-db-unavailable',
    'sso-db-unavailable',
    codes('0xC0002A10', '0xC0002A21', '0xC0002A5D'),
  ),
  candidate('sso-db-events', 'sso-db-unavailable', events(10590, 10768)),
  decisive('sso-disabled', 'sso-disabled', codes('0xC0002A02')),
  decisive('reencrypt-in-progress', 'reencrypt-in-progress', [
    ...codes('0xC0002A3E'),
    ...events(10814),
  ]),
  decisive('dtc-unavailable', 'dtc-unavailable', [
    ...codes('0xC0002A24', '0xC0002A25'),
    ...events(11049, 10605, 10788, 10789),
  ]),
];

/** Event 10527 as a decision: the master secret server could not hand out the secret. */
export const ENTSSO_10527_DECISION: DecisionModel = {
  // The request came from the event's Client Computer, to the server that logged it.
  roleComputers: { client: 'computer', mss: 'host' },
  // The Client Computer that was refused logs a 10532 for the same request.
  otherHalf: { event: 10532, side: 'refusal' },
  event: {
    id: 10527,
    name: 'SSO_ERROR_GET_SECRET_FAILED',
    summary: 'a request to get the master secret failed on the master secret server',
    // %1 secret number, %2 client user, %3 client computer, %4 Tracking ID, %5 error code.
    layout: ['secretno', 'user', 'computer', 'tid', 'code'],
  },
  // Tie-break order (the family brief, section 8): the secret itself first.
  causes: [
    { id: 'secret-missing', step: 'secret-server', ruledOutBy: 'secretkey' },
    { id: 'secret-mismatch', step: 'secret-server', ruledOutBy: 'secretmatch' },
    { id: 'secret-unreadable' },
    { id: 'mss-restart-pending', step: 'secret-server', ruledOutBy: 'restarted' },
    { id: 'cluster-node', step: 'secret-server', confirmedBy: 'netname' },
    { id: 'wrong-secret-server-name', step: 'secret-server', ruledOutBy: 'mssname' },
    { id: 'sso-disabled' },
    { id: 'sso-db-unavailable' },
    { id: 'dtc-unavailable' },
    { id: 'reencrypt-in-progress' },
    { id: 'rpc-blocked', step: 'secret-server', ruledOutBy: 'rpc' },
    { id: 'service-account-not-sso-admin', step: 'secret-server', ruledOutBy: 'svcadmin' },
    { id: 'not-sso-admin', step: 'secret-server', ruledOutBy: 'ssoadmin' },
    { id: 'service-account-cannot-read-groups' },
    { id: 'group-check-failed' },
    { id: 'unknown' },
  ],
  fallbackCause: 'unknown',
  checks: [
    { id: 'secretkey', step: 'secret-server' },
    { id: 'secretmatch', step: 'secret-server' },
    { id: 'cluster', step: 'secret-server' },
    { id: 'netname', step: 'secret-server' },
    { id: 'restarted', step: 'secret-server' },
    { id: 'mssname', step: 'secret-server' },
    { id: 'ssoadmin', step: 'secret-server' },
    { id: 'svcadmin', step: 'secret-server' },
    { id: 'rpc', step: 'secret-server' },
  ],
  rules: RULES,
  notes: [
    { id: 'later-request-served', anyOf: events(10531) },
    { id: 'secret-server-started', anyOf: events(10534) },
  ],
  // The Client User is normally the Client Computer's ENTSSO account: one account, one question.
  oneAccount: {
    checks: ['ssoadmin', 'svcadmin'],
    fields: ['user', 'svcaccount'],
    match: accountsMatch,
  },
  questionSteps: ['secret-server'],
  optionalSteps: [],
  explains: [NETWORK_NAME_EXPLAINS],
};
