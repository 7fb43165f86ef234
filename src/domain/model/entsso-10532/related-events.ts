import type { RelatedEvent } from '../event-model';

const on = (where: string, tells: string) => `${tells} (${where}.)`;
const MSS = 'on the master secret server';
const HERE = 'on this SSO server';

/** ENTSSO events worth looking for around a 10532, on this server and on the secret server. */
export const RELATED_EVENTS: readonly RelatedEvent[] = [
  {
    id: 10529,
    name: 'SSO_INFO_GOT_CURRENT_SECRET',
    group: 'outcome',
    tells: on(HERE, 'This server got the current secret: the warning may be over'),
  },
  {
    id: 10533,
    name: 'SSO_INFO_GOT_CURRENT_SECRET',
    group: 'outcome',
    tells: on(HERE, 'This server got the current secret: the warning may be over'),
  },
  {
    id: 10527,
    name: 'SSO_ERROR_GET_SECRET_FAILED',
    group: 'secret-server',
    tells: on(
      `${MSS}, by inference: Microsoft does not say where it is logged`,
      'A request for the secret failed where it was served: triage that event too',
    ),
  },
  {
    id: 10501,
    name: 'SSO_INFO_SERVICE_STARTING',
    group: 'secret-server',
    tells: on(
      HERE,
      'ENTSSO here was starting (with SSL to SQL Server): this server restarted and must fetch the secret again',
    ),
  },
  {
    id: 10611,
    name: 'SSO_INFO_SERVICE_STARTING_NO_SSL',
    group: 'secret-server',
    tells: on(
      HERE,
      'ENTSSO here was starting (without SSL to SQL Server): this server restarted and must fetch the secret again',
    ),
  },
  {
    id: 10534,
    name: 'SSO_INFO_SECRET_SERVER_STARTING',
    group: 'secret-server',
    tells: on(MSS, 'ENTSSO started as master secret server: a restart or a failover happened'),
  },
  {
    id: 10575,
    name: 'SSO_INFO_CHANGED_SECRET_SERVER',
    group: 'secret-server',
    tells: 'The secret server name in the SSO database was changed.',
  },
  {
    id: 10767,
    name: 'ENTSSO_E_NO_SSO_SERVER',
    group: 'secret-server',
    tells: on(
      HERE,
      'The SSO server named could not be reached: check the name and that ENTSSO runs there',
    ),
  },
  {
    id: 10555,
    name: 'SSO_ERROR_SECRET_CALLBACK_ACCESS_DENIED',
    group: 'secret-server',
    tells:
      'The master secret server refused a secret request ("secret server access denied"): the account that asked, or RPC security.',
  },
  {
    id: 10602,
    name: 'SSO_ERROR_RPC_FAILURE',
    group: 'secret-server',
    tells: 'An RPC call failed; Microsoft points at the network configuration.',
  },
  {
    id: 10613,
    name: 'SSO_ERROR_RPC_CALLBACK',
    group: 'secret-server',
    tells:
      'An SSO server refused an RPC call ("access denied"), with the call and its error code: the account that asked, or RPC security.',
  },
  {
    id: 11015,
    name: 'SSO_ERROR_EXTENDED_RPC_INFO',
    group: 'secret-server',
    tells: 'Extended RPC error information for a failed call: read its error code.',
  },
  {
    id: 10783,
    name: 'ENTSSO_E_NO_SECRET',
    group: 'secret',
    tells: on(HERE, 'No secret came back: the master secret server is down or holds none'),
  },
  {
    id: 10843,
    name: 'ENTSSO_E_NO_SECRET2',
    group: 'secret',
    tells: on(HERE, 'The master secret server is offline or lacks the secret'),
  },
  {
    id: 10520,
    name: 'SSO_WARN_NO_SECRETS',
    group: 'secret',
    tells: on(MSS, 'No master secret in its registry: restore it there'),
  },
  {
    id: 10521,
    name: 'SSO_ERROR_SECRETS_NOT_LOADED',
    group: 'secret',
    tells: on(
      MSS,
      'The secret in its registry could not be read: usually a changed service account',
    ),
  },
  {
    id: 10565,
    name: 'SSO_ERROR_SECRET_VALIDATE_FAILED',
    group: 'secret',
    tells: on(MSS, 'The secret could not be decrypted: usually a changed service account'),
  },
  {
    id: 10550,
    name: 'SSO_ERROR_SERVICE_NOT_SSO_ADMIN',
    group: 'rights',
    tells: 'An ENTSSO service account is not in SSO Administrators, so the service does not start.',
  },
  {
    id: 11016,
    name: '',
    group: 'rights',
    tells: on(MSS, 'Group membership could not be read from Active Directory'),
  },
  {
    id: 10590,
    name: 'SSO_ERROR_OUT_OF_SERVICE',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 10768,
    name: 'ENTSSO_E_OUT_OF_SERVICE',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 11049,
    name: 'SSO_ERROR_DTC_FAILED',
    group: 'service-and-database',
    tells: 'An MSDTC transaction failed.',
  },
  {
    id: 10605,
    name: 'SSO_ERROR_DTC_IMPORT',
    group: 'service-and-database',
    tells: 'An MSDTC transaction failed.',
  },
  {
    id: 10788,
    name: 'ENTSSO_E_DTC_IMPORT_FAILED1',
    group: 'service-and-database',
    tells: 'An MSDTC transaction could not be started.',
  },
  {
    id: 10789,
    name: 'ENTSSO_E_DTC_IMPORT_FAILED2',
    group: 'service-and-database',
    tells: 'An MSDTC transaction could not be started.',
  },
];
