import type { PicturePart } from '../event-model';

/** The path of a secret request, from this SSO server to the secret in the registry. */
export const PICTURE: readonly PicturePart[] = [
  {
    id: 'server',
    on: 'client',
    label: 'This SSO server and its account',
    causes: ['service-account-not-sso-admin'],
    checks: ['svcadmin'],
  },
  {
    id: 'rpc',
    on: 'path',
    label: 'RPC to the recorded secret server',
    causes: ['rpc-blocked', 'wrong-secret-server-name'],
    checks: ['rpc'],
  },
  {
    id: 'service',
    on: 'mss',
    label: 'ENTSSO on the master secret server',
    labelOnYes: { check: 'cluster', label: 'The clustered ENTSSO resource' },
    causes: [
      'sso-service-unavailable',
      'cluster-node',
      'service-account-cannot-read-groups',
      'sso-disabled',
    ],
    checks: ['svc', 'netname'],
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
    label: 'The SSO database on SQL Server',
    causes: ['sso-db-unavailable', 'dtc-unavailable'],
    checks: [],
  },
];
