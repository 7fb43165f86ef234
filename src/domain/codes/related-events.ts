/** ENTSSO events worth looking for around a 10526, and what each one tells. */
export interface RelatedEvent {
  id: number;
  name: string;
  tells: string;
  /** Events that describe a good outcome rather than a cause. */
  kind: 'cause' | 'outcome';
}

export const RELATED_EVENTS: readonly RelatedEvent[] = [
  {
    id: 11009,
    name: 'SSO_WARN_NOT_SSO_ADMIN',
    tells: 'The client user is not in SSO Administrators (only logged at high audit levels).',
    kind: 'cause',
  },
  {
    id: 10772,
    name: 'ENTSSO_E_NOT_SSO_ADMIN',
    tells: 'The client user is not in SSO Administrators.',
    kind: 'cause',
  },
  {
    id: 10834,
    name: 'ENTSSO_E_SSO_NOT_SSO_ADMIN',
    tells: 'The client user is not in SSO Administrators.',
    kind: 'cause',
  },
  {
    id: 10771,
    name: 'ENTSSO_E_NOT_ADMIN',
    tells: 'Not a local administrator, or not elevated.',
    kind: 'cause',
  },
  {
    id: 10766,
    name: 'ENTSSO_E_NOT_SECRET_SERVER',
    tells: 'The request ran on a computer other than the master secret server.',
    kind: 'cause',
  },
  {
    id: 10561,
    name: 'SSO_ERROR_BACKUP_FAILED_MEDIA',
    tells: 'The backup path is neither NTFS nor removable media.',
    kind: 'cause',
  },
  {
    id: 10759,
    name: 'ENTSSO_E_BACKUP_RESTORE_FAILED_MEDIA',
    tells: 'The backup path is neither NTFS nor removable media.',
    kind: 'cause',
  },
  {
    id: 10560,
    name: 'SSO_ERROR_BACKUP_SECRET_FAILED',
    tells: 'Writing the backup failed: path, folder or permissions.',
    kind: 'cause',
  },
  {
    id: 10784,
    name: 'ENTSSO_E_FILE_OPEN_FAILED',
    tells: 'The backup file could not be created.',
    kind: 'cause',
  },
  {
    id: 10836,
    name: 'ENTSSO_E_FILE_PASSWORD_TOO_SHORT',
    tells: 'The backup password has fewer than 7 characters.',
    kind: 'cause',
  },
  {
    id: 10562,
    name: 'SSO_INFO_REENCRYPT_STARTING',
    tells: 'Re-encryption started; without a later 10528 it is still running.',
    kind: 'cause',
  },
  { id: 10528, name: 'SSO_INFO_REENCRYPT_DONE', tells: 'Re-encryption finished.', kind: 'outcome' },
  {
    id: 10814,
    name: 'ENTSSO_E_REENCRYPT_IN_PROGRESS',
    tells: 'An earlier change is still re-encrypting.',
    kind: 'cause',
  },
  {
    id: 10522,
    name: 'SSO_ERROR_REENCRYPT',
    tells: 'Re-encryption failed and will be retried.',
    kind: 'cause',
  },
  {
    id: 10767,
    name: 'ENTSSO_E_NO_SSO_SERVER',
    tells: 'The SSO service could not be reached.',
    kind: 'cause',
  },
  {
    id: 10532,
    name: 'SSO_WARN_LOST_SECRET_SERVER',
    tells: 'The master secret server could not be reached.',
    kind: 'cause',
  },
  { id: 10768, name: 'ENTSSO_E_OUT_OF_SERVICE', tells: 'SSO is out of service.', kind: 'cause' },
  {
    id: 10513,
    name: 'SSO_ERROR_DB_FIRST_ACCESS',
    tells: 'The SSO database could not be reached.',
    kind: 'cause',
  },
  {
    id: 10514,
    name: 'SSO_ERROR_DB_ACCESS',
    tells: 'The SSO database could not be reached.',
    kind: 'cause',
  },
  {
    id: 10515,
    name: 'SSO_ERROR_POLL_DATABASE',
    tells: 'Polling the SSO database failed.',
    kind: 'cause',
  },
  {
    id: 10785,
    name: 'ENTSSO_E_DB_ACCESS',
    tells: 'The SSO database could not be reached.',
    kind: 'cause',
  },
  { id: 10754, name: 'ENTSSO_E_SSO_DISABLED', tells: 'The SSO system is disabled.', kind: 'cause' },
  {
    id: 10565,
    name: 'SSO_ERROR_SECRET_VALIDATE_FAILED',
    tells: 'The secret in the registry cannot be read; often the SSO service account was changed.',
    kind: 'cause',
  },
  {
    id: 10521,
    name: 'SSO_ERROR_SECRETS_NOT_LOADED',
    tells: 'The secrets could not be loaded; often the SSO service account was changed.',
    kind: 'cause',
  },
  {
    id: 10550,
    name: 'SSO_ERROR_SERVICE_NOT_SSO_ADMIN',
    tells: 'The SSO service account is not in SSO Administrators.',
    kind: 'cause',
  },
  {
    id: 10517,
    name: 'SSO_ERROR_BAD_SSO_ADMIN',
    tells: 'The SSO Administrators account itself is not valid.',
    kind: 'cause',
  },
  {
    id: 10520,
    name: 'SSO_WARN_NO_SECRETS',
    tells: 'The master secret server holds no secret: generate or restore one.',
    kind: 'cause',
  },
  {
    id: 10525,
    name: 'SSO_INFO_GENERATE_SECRET_OK',
    tells: 'A later attempt succeeded: the incident may already be over.',
    kind: 'outcome',
  },
  {
    id: 10589,
    name: 'SSO_ERROR_BACKUP_SECRET_REQUIRED',
    tells: 'The current secret has no backup yet: make one now.',
    kind: 'outcome',
  },
  {
    id: 10559,
    name: 'SSO_INFO_BACKUP_SECRET_OK',
    tells: 'The secret was backed up.',
    kind: 'outcome',
  },
];

export const RELATED_EVENT_IDS: ReadonlySet<number> = new Set(RELATED_EVENTS.map((e) => e.id));

export function findRelatedEvent(id: number): RelatedEvent | undefined {
  return RELATED_EVENTS.find((e) => e.id === id);
}
