import { FAMILY_EVENTS } from './family-events';
import { RELATED_EVENTS as AROUND_10532 } from '../entsso-10532/related-events';
import type { RelatedEvent } from '../event-model';

/** Events of the family that neither the family list nor 10532 has. */
const MORE: readonly RelatedEvent[] = [
  {
    id: 11008,
    name: 'SSO_WARN_CHECK_GROUP',
    group: 'rights',
    tells:
      'Checking group membership failed: the network, another domain, or mixed domain controller levels.',
  },
  {
    id: 10839,
    name: 'ENTSSO_E_MAX_PASSWORD',
    group: 'backup',
    tells: 'The backup password is longer than 256 characters.',
  },
  {
    id: 10840,
    name: 'ENTSSO_E_MAX_PASSWORD_REMINDER',
    group: 'backup',
    tells: 'The password reminder is longer than 512 characters.',
  },
  {
    id: 10842,
    name: 'ENTSSO_E_ACCESS_DENIED',
    group: 'rights',
    tells: 'Access was denied on another computer: read the log of the computer it names.',
  },
  {
    id: 10536,
    name: 'SSO_WARN_API_AUDIT',
    group: 'outcome',
    tells: 'An audit entry with the function, client computer and error code of a failed call.',
  },
  {
    id: 10523,
    name: 'SSO_INFO_RESTORE_SECRET_OK',
    group: 'outcome',
    tells: 'The secret was restored: a later attempt worked.',
  },
  {
    id: 10598,
    name: 'SSO_WARN_BACKUP_RESTORE_FILE_VERSION_1',
    group: 'outcome',
    tells: 'The secret was restored from a backup file of an older format: a success.',
  },
  {
    id: 10779,
    name: 'ENTSSO_E_BACKUP_FILE_WRONG_PASSWORD',
    group: 'backup',
    tells: 'The password given for the backup file is not the right one.',
  },
  {
    id: 10815,
    name: 'ENTSSO_E_WRONG_SECRET',
    group: 'backup',
    tells: 'The backup file holds another master secret than the one in use.',
  },
  {
    id: 10564,
    name: 'SSO_ERROR_BACKUP_FILE_INCORRECT_FORMAT',
    group: 'backup',
    tells: 'The backup file is not in the backup format (or another .bak in the folder was taken).',
  },
  {
    id: 10501,
    name: 'SSO_INFO_SERVICE_STARTING',
    group: 'secret-server',
    tells: 'The ENTSSO service started.',
  },
  {
    id: 10611,
    name: 'SSO_INFO_SERVICE_STARTING_NO_SSL',
    group: 'secret-server',
    tells: 'The ENTSSO service started.',
  },
  {
    id: 10531,
    name: 'SSO_ERROR_GET_SECRET_OK',
    group: 'outcome',
    tells: 'A later request for the secret succeeded (a success, despite its symbolic name).',
  },
];

const KNOWN = new Map<number, RelatedEvent>();
// The family's entries carry Microsoft's names and meanings; 10532's speak of two servers.
for (const e of [...MORE, ...FAMILY_EVENTS, ...AROUND_10532])
  if (!KNOWN.has(e.id)) KNOWN.set(e.id, e);

/**
 * The related events of a sibling, by id, each with what it tells; `tells` gives an event's
 * meaning for that sibling where it differs. An id not in the catalogue is a mistake in data.
 */
export function relatedEvents(
  ids: readonly number[],
  tells: Readonly<Record<number, string>> = {},
): RelatedEvent[] {
  return ids.map((id) => {
    const known = KNOWN.get(id);
    if (!known) throw new Error(`No related event ${id} in the catalogue.`);
    const own = tells[id];
    return own ? { ...known, tells: own } : known;
  });
}
