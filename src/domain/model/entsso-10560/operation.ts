import { BACKUP, type SecretOperation } from '../secret-operations/operation-causes';

export const EVENT = 'event:10560';

/** What every fix ends with: a backup that worked, kept apart from the server. */
export const AFTER_FIX: readonly string[] = [
  'Back up again and look for event 10559 (the secret was backed up) on the master secret server.',
  'Keep the file and its password away from the server, readable only by SSO administrators.',
];

export const BACKING_UP: SecretOperation = {
  verb: 'back up',
  command: 'ssoconfig -backupSecret {backup}',
  page: BACKUP,
  verify: AFTER_FIX,
  guide: 'back-up-master-secret',
};
