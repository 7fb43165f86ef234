import type { CheckId } from './check-ids';

/**
 * Cause ids are part of the public link contract: add new ones, never rename.
 * Their order is the tie-break of the ranking, most fundamental first.
 */
export const CAUSE_IDS = [
  'not-master-secret-server',
  'sso-disabled',
  'sso-service-unavailable',
  'sso-db-unavailable',
  'reencrypt-in-progress',
  'secret-unreadable',
  'service-account-not-sso-admin',
  'not-elevated',
  'not-local-admin',
  'not-sso-admin',
  'stale-token',
  'backup-media',
  'backup-path',
  'backup-access',
  'backup-disk-full',
  'backup-file-in-use',
  'backup-password-too-short',
  'unknown',
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

/** The check whose `yes` answer rules a cause out. */
export const RULED_OUT_BY: Readonly<Partial<Record<CauseId, CheckId>>> = {
  'not-master-secret-server': 'mss',
  'sso-service-unavailable': 'svc',
  'sso-db-unavailable': 'db',
  'not-elevated': 'elevated',
  'not-local-admin': 'localadmin',
  'not-sso-admin': 'ssoadmin',
  'stale-token': 'relogon',
  'backup-media': 'ntfs',
  'backup-path': 'folder',
  'backup-access': 'writable',
  'backup-disk-full': 'space',
};
