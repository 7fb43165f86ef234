import type { PicturePart } from '../event-model';
import { WHERE_IT_RAN } from '../secret-operations/where-it-ran';

/** The path of a generate request, from the person's window to the backup file. */
export const PICTURE: readonly PicturePart[] = [
  WHERE_IT_RAN,
  {
    id: 'computer',
    on: 'client',
    label: 'Your window and account',
    causes: ['not-elevated', 'not-local-admin', 'not-sso-admin', 'stale-token'],
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
      'invalid-sso-admin-account',
    ],
    checks: ['svc'],
  },
  {
    id: 'secret',
    on: 'mss',
    label: 'The secret in its registry (SSOSS)',
    causes: ['secret-unreadable'],
    checks: [],
  },
  {
    id: 'database',
    on: 'sql',
    label: 'The SSO database on SQL Server',
    causes: ['sso-db-unavailable', 'dtc-unavailable', 'reencrypt-in-progress'],
    checks: ['db'],
  },
  {
    id: 'backup',
    on: 'backup',
    label: "The backup file's folder and drive",
    causes: [
      'backup-media',
      'backup-path',
      'backup-access',
      'backup-disk-full',
      'backup-file-in-use',
      'backup-password-too-short',
    ],
    checks: ['ntfs', 'folder', 'writable', 'space'],
  },
];
