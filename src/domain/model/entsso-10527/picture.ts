import type { PicturePart } from '../event-model';

/** The path of a secret request, from the SSO server that asked to the secret in the registry. */
export const PICTURE: readonly PicturePart[] = [
  {
    id: 'client',
    on: 'client',
    label: 'The Client Computer and its account',
    causes: ['not-sso-admin', 'service-account-not-sso-admin'],
    checks: ['ssoadmin', 'svcadmin'],
  },
  {
    id: 'rpc',
    on: 'path',
    label: 'RPC to this server',
    causes: ['rpc-blocked'],
    checks: ['rpc'],
  },
  {
    id: 'service',
    on: 'mss',
    label: 'ENTSSO here, as master secret server',
    labelOnYes: { check: 'cluster', label: 'The clustered ENTSSO resource' },
    causes: [
      'mss-restart-pending',
      'cluster-node',
      'wrong-secret-server-name',
      'service-account-cannot-read-groups',
      'group-check-failed',
      'sso-disabled',
      'reencrypt-in-progress',
    ],
    checks: ['netname', 'restarted', 'mssname'],
  },
  {
    id: 'secret',
    on: 'mss',
    label: 'The secret in its registry (SSOSS)',
    causes: ['secret-missing', 'secret-mismatch', 'secret-unreadable'],
    checks: ['secretkey', 'secretmatch'],
  },
  {
    id: 'database',
    on: 'sql',
    label: 'The SSO database and MSDTC',
    causes: ['sso-db-unavailable', 'dtc-unavailable'],
    checks: [],
  },
];
