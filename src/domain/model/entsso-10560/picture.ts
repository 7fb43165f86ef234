import type { PicturePart } from '../event-model';
import { WHERE_IT_RAN } from '../secret-operations/where-it-ran';

/** The path of a backup: the person's window, the master secret server, its secret, the file. */
export const PICTURE: readonly PicturePart[] = [
  WHERE_IT_RAN,
  {
    id: 'computer',
    on: 'client',
    label: 'Your window and account',
    causes: [
      'not-elevated',
      'not-local-admin',
      'not-sso-admin',
      'stale-token',
      'group-check-failed',
      'invalid-sso-admin-account',
    ],
    checks: ['elevated', 'localadmin', 'ssoadmin', 'relogon'],
  },
  {
    id: 'rpc',
    on: 'path',
    label: 'RPC to the master secret server',
    causes: ['rpc-blocked', 'wrong-secret-server-name'],
    checks: ['rpc'],
  },
  {
    id: 'service',
    on: 'mss',
    label: 'ENTSSO on the master secret server',
    labelOnYes: { check: 'cluster', label: 'ENTSSO on the owning cluster node' },
    causes: [
      'sso-service-unavailable',
      'sso-disabled',
      'service-account-not-sso-admin',
      'service-account-cannot-read-groups',
      'reencrypt-in-progress',
    ],
    checks: ['svc'],
  },
  {
    id: 'secret',
    on: 'mss',
    label: 'The secret in its registry (SSOSS)',
    causes: ['secret-missing', 'secret-unreadable'],
    checks: ['secretkey'],
  },
  {
    id: 'database',
    on: 'sql',
    label: 'The SSO database and MSDTC',
    causes: ['sso-db-unavailable', 'dtc-unavailable'],
    checks: ['db'],
  },
  {
    id: 'file',
    on: 'backup',
    label: 'The backup file',
    causes: [
      'backup-media',
      'backup-path',
      'backup-access',
      'backup-disk-full',
      'backup-file-in-use',
      'backup-password-too-short',
      'backup-password-too-long',
    ],
    checks: ['ntfs', 'folder', 'writable', 'space'],
  },
];
