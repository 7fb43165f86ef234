import type { RelatedEvent } from '../event-model';

/**
 * ENTSSO events of the master-secret family with Microsoft's symbolic names and what each
 * one tells, grouped by topic: the events worth looking for around a 10526, and the first
 * source of the catalogue the siblings draw from.
 */
export const FAMILY_EVENTS: readonly RelatedEvent[] = [
  // Rights of the account that made the request.
  {
    id: 11009,
    name: 'SSO_WARN_NOT_SSO_ADMIN',
    group: 'rights',
    tells: 'The client user is not in SSO Administrators (logged only at high audit levels).',
  },
  {
    id: 10772,
    name: 'ENTSSO_E_NOT_SSO_ADMIN',
    group: 'rights',
    tells: 'The client user is not in SSO Administrators.',
  },
  {
    id: 10834,
    name: 'ENTSSO_E_SSO_NOT_SSO_ADMIN',
    group: 'rights',
    tells: 'The client user is not in SSO Administrators.',
  },
  {
    id: 11016,
    name: '',
    group: 'rights',
    tells:
      'The SSO service could not read group membership from Active Directory, so even a member is refused.',
  },
  {
    id: 10517,
    name: 'SSO_ERROR_BAD_SSO_ADMIN',
    group: 'rights',
    tells: 'The SSO Administrators account named in the SSO database is not valid.',
  },
  {
    id: 11051,
    name: 'SSO_WARN_SSO_ADMIN_NOT_GROUP',
    group: 'rights',
    tells: 'An SSO administrator account holds a single account rather than a group.',
  },
  {
    id: 10771,
    name: 'ENTSSO_E_NOT_ADMIN',
    group: 'rights',
    tells: 'Not a local administrator, or not elevated.',
  },
  {
    id: 10550,
    name: 'SSO_ERROR_SERVICE_NOT_SSO_ADMIN',
    group: 'rights',
    tells: 'The SSO service account is not in SSO Administrators.',
  },
  // The master secret server and the way to it.
  {
    id: 10766,
    name: 'ENTSSO_E_NOT_SECRET_SERVER',
    group: 'secret-server',
    tells: 'The request ran on a computer other than the master secret server.',
  },
  {
    id: 10532,
    name: 'SSO_WARN_LOST_SECRET_SERVER',
    group: 'secret-server',
    tells: 'The master secret server could not be reached; the name recorded for it may be wrong.',
  },
  {
    id: 10575,
    name: 'SSO_INFO_CHANGED_SECRET_SERVER',
    group: 'secret-server',
    tells: 'The secret server name in the SSO database was changed.',
  },
  {
    id: 10555,
    name: 'SSO_ERROR_SECRET_CALLBACK_ACCESS_DENIED',
    group: 'secret-server',
    tells:
      'The call to the master secret server was refused on the way back (blocked reply, protocol or permissions).',
  },
  {
    id: 10613,
    name: 'SSO_ERROR_RPC_CALLBACK',
    group: 'secret-server',
    tells: 'The SSO server did not accept the call.',
  },
  {
    id: 10602,
    name: 'SSO_ERROR_RPC_FAILURE',
    group: 'secret-server',
    tells: 'An RPC failure: look at the network between the servers.',
  },
  {
    id: 11015,
    name: 'SSO_ERROR_EXTENDED_RPC_INFO',
    group: 'secret-server',
    tells: 'An RPC call failed; the event holds the extended RPC error.',
  },
  // The backup file.
  {
    id: 10561,
    name: 'SSO_ERROR_BACKUP_FAILED_MEDIA',
    group: 'backup',
    tells: 'The backup path is neither NTFS nor removable media.',
  },
  {
    id: 10759,
    name: 'ENTSSO_E_BACKUP_RESTORE_FAILED_MEDIA',
    group: 'backup',
    tells: 'The backup path is neither NTFS nor removable media.',
  },
  {
    id: 10560,
    name: 'SSO_ERROR_BACKUP_SECRET_FAILED',
    group: 'backup',
    tells: 'Writing the backup failed: path, folder or permissions.',
  },
  {
    id: 10784,
    name: 'ENTSSO_E_FILE_OPEN_FAILED',
    group: 'backup',
    tells: 'The backup file could not be created.',
  },
  {
    id: 10836,
    name: 'ENTSSO_E_FILE_PASSWORD_TOO_SHORT',
    group: 'backup',
    tells: 'The backup password has fewer than 7 characters.',
  },
  // Re-encryption after an earlier change.
  {
    id: 10562,
    name: 'SSO_INFO_REENCRYPT_STARTING',
    group: 're-encryption',
    tells: 'Re-encryption started; without a later 10528 it is still running.',
  },
  {
    id: 10528,
    name: 'SSO_INFO_REENCRYPT_OK',
    group: 're-encryption',
    tells: 'Re-encryption finished.',
  },
  {
    id: 10814,
    name: 'ENTSSO_E_REENCRYPT_IN_PROGRESS',
    group: 're-encryption',
    tells: 'An earlier change is still re-encrypting.',
  },
  {
    id: 10522,
    name: 'SSO_ERROR_REENCRYPT',
    group: 're-encryption',
    tells: 'Re-encryption failed and will be retried.',
  },
  // The SSO service, its database and transactions.
  {
    id: 10767,
    name: 'ENTSSO_E_NO_SSO_SERVER',
    group: 'service-and-database',
    tells: 'The SSO service could not be reached.',
  },
  {
    id: 10768,
    name: 'ENTSSO_E_OUT_OF_SERVICE',
    group: 'service-and-database',
    tells: 'SSO is offline: its database has been out of reach for about five minutes.',
  },
  {
    id: 10590,
    name: 'SSO_ERROR_OUT_OF_SERVICE',
    group: 'service-and-database',
    tells: 'SSO went offline after its database was out of reach for about five minutes.',
  },
  {
    id: 10513,
    name: 'SSO_ERROR_DB_FIRST_ACCESS',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 10514,
    name: 'SSO_ERROR_DB_ACCESS',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 10515,
    name: 'SSO_ERROR_POLL_DATABASE',
    group: 'service-and-database',
    tells: 'Polling the SSO database failed.',
  },
  {
    id: 10603,
    name: 'SSO_WARN_DB_ACCESS',
    group: 'service-and-database',
    tells: 'Reaching the SSO database failed.',
  },
  {
    id: 10785,
    name: 'ENTSSO_E_DB_ACCESS',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 11049,
    name: 'SSO_ERROR_DTC_FAILED',
    group: 'service-and-database',
    tells: 'The SSO service could not get MSDTC.',
  },
  {
    id: 10605,
    name: 'SSO_ERROR_DTC_IMPORT',
    group: 'service-and-database',
    tells: 'A DTC transaction could not be imported: MSDTC is not set up for remote operation.',
  },
  {
    id: 10788,
    name: 'ENTSSO_E_DTC_IMPORT_FAILED1',
    group: 'service-and-database',
    tells: 'A DTC transaction could not be imported: MSDTC is not set up for remote operation.',
  },
  {
    id: 10789,
    name: 'ENTSSO_E_DTC_IMPORT_FAILED2',
    group: 'service-and-database',
    tells: 'A DTC transaction could not be imported: MSDTC is not set up for remote operation.',
  },
  {
    id: 10754,
    name: 'ENTSSO_E_SSO_DISABLED',
    group: 'service-and-database',
    tells: 'The SSO system is disabled.',
  },
  {
    id: 10537,
    name: 'SSO_WARN_SSO_DISABLED',
    group: 'service-and-database',
    tells: 'Something was attempted while the SSO system is disabled.',
  },
  {
    id: 10583,
    name: 'SSO_INFO_SSO_DISABLED',
    group: 'service-and-database',
    tells: 'Someone disabled the SSO system (the event names who).',
  },
  // The secret itself.
  {
    id: 10565,
    name: 'SSO_ERROR_SECRET_VALIDATE_FAILED',
    group: 'secret',
    tells: 'The secret in the registry cannot be read; often the SSO service account was changed.',
  },
  {
    id: 10521,
    name: 'SSO_ERROR_SECRETS_NOT_LOADED',
    group: 'secret',
    tells: 'The secrets could not be loaded; often the SSO service account was changed.',
  },
  {
    id: 10783,
    name: 'ENTSSO_E_NO_SECRET',
    group: 'secret',
    tells: 'The master secret server did not hand out the secret.',
  },
  {
    id: 10843,
    name: 'ENTSSO_E_NO_SECRET2',
    group: 'secret',
    tells: 'The master secret server did not hand out the secret.',
  },
  {
    id: 10520,
    name: 'SSO_WARN_NO_SECRETS',
    group: 'secret',
    tells:
      'The master secret server holds no secret: restore it, or generate one only for a new system.',
  },
  // Outcomes.
  {
    id: 10525,
    name: 'SSO_INFO_GENERATE_SECRET_OK',
    group: 'outcome',
    tells: 'A later attempt succeeded: the incident may already be over.',
  },
  {
    id: 10589,
    name: 'SSO_ERROR_BACKUP_SECRET_REQUIRED',
    group: 'outcome',
    tells: 'The current secret has no backup yet: make one now.',
  },
  {
    id: 10559,
    name: 'SSO_INFO_BACKUP_SECRET_OK',
    group: 'outcome',
    tells: 'The secret was backed up.',
  },
];
