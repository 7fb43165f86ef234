import type { PicturePart } from '../event-model';
import { WHERE_IT_RAN } from '../secret-operations/where-it-ran';

/** The path of a restore: the file, this computer and its account, its ENTSSO, the registry. */
export const PICTURE: readonly PicturePart[] = [
  {
    id: 'file',
    on: 'backup',
    label: 'The backup file and its password',
    causes: [
      'backup-media',
      'restore-file-missing',
      'restore-file-access',
      'backup-file-in-use',
      'wrong-backup-password',
      'wrong-backup-file',
      'backup-file-corrupt',
    ],
    checks: ['ntfs', 'filefound', 'fileread', 'samesecret'],
  },
  WHERE_IT_RAN,
  {
    id: 'computer',
    on: 'client',
    label: 'Your window and account here',
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
    id: 'service',
    on: 'mss',
    label: 'ENTSSO as master secret server',
    labelOnYes: { check: 'cluster', label: 'ENTSSO on the owning cluster node' },
    causes: [
      'mss-restart-pending',
      'wrong-secret-server-name',
      'sso-service-unavailable',
      'rpc-blocked',
      'sso-disabled',
      'service-account-not-sso-admin',
      'service-account-cannot-read-groups',
      'reencrypt-in-progress',
    ],
    checks: ['restarted', 'rpc', 'svc'],
  },
  {
    id: 'registry',
    on: 'mss',
    label: 'The registry and the SSO database',
    causes: ['sso-db-unavailable', 'dtc-unavailable'],
    checks: ['db'],
  },
];
