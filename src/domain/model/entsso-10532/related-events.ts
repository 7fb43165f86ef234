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
    name: '',
    group: 'secret-server',
    tells: 'The secret server name in the SSO database was changed.',
  },
  {
    id: 10767,
    name: '',
    group: 'secret-server',
    tells: on(
      HERE,
      'The SSO server named could not be reached: check the name and that ENTSSO runs there',
    ),
  },
  {
    id: 10555,
    name: '',
    group: 'secret-server',
    tells: 'An RPC call between SSO servers failed: ports or RPC security.',
  },
  {
    id: 10602,
    name: '',
    group: 'secret-server',
    tells: 'An RPC call between SSO servers failed: ports or RPC security.',
  },
  {
    id: 10613,
    name: '',
    group: 'secret-server',
    tells: 'RPC between SSO servers was refused: ports or RPC security.',
  },
  {
    id: 11015,
    name: '',
    group: 'secret-server',
    tells: 'An RPC call between SSO servers failed: ports or RPC security.',
  },
  {
    id: 10783,
    name: '',
    group: 'secret',
    tells: on(HERE, 'No secret came back: the master secret server is down or holds none'),
  },
  {
    id: 10843,
    name: '',
    group: 'secret',
    tells: on(HERE, 'The master secret server is offline or lacks the secret'),
  },
  {
    id: 10520,
    name: '',
    group: 'secret',
    tells: on(MSS, 'No master secret in its registry: restore it there'),
  },
  {
    id: 10521,
    name: '',
    group: 'secret',
    tells: on(
      MSS,
      'The secret in its registry could not be read: usually a changed service account',
    ),
  },
  {
    id: 10565,
    name: '',
    group: 'secret',
    tells: on(MSS, 'The secret could not be decrypted: usually a changed service account'),
  },
  {
    id: 10550,
    name: '',
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
    name: '',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 10768,
    name: '',
    group: 'service-and-database',
    tells: 'The SSO database could not be reached.',
  },
  {
    id: 11049,
    name: '',
    group: 'service-and-database',
    tells: 'An MSDTC transaction failed.',
  },
  {
    id: 10605,
    name: '',
    group: 'service-and-database',
    tells: 'An MSDTC transaction failed.',
  },
  {
    id: 10788,
    name: '',
    group: 'service-and-database',
    tells: 'An MSDTC transaction could not be started.',
  },
  {
    id: 10789,
    name: '',
    group: 'service-and-database',
    tells: 'An MSDTC transaction could not be started.',
  },
];
