import type { EventText } from '../event-model';

/** What the question steps say about a failed generate before they ask. */
export const STEP_TEXT: EventText['steps'] = {
  'admin-rights': {
    intro: 'Generating a master secret needs every one of these rights at the same time.',
  },
  'backup-file': {
    intro:
      'ssoconfig -generateSecret also writes a backup of the new secret, and Microsoft counts trouble writing that file among the causes of event 10526.',
    guide: 'back-up-master-secret',
    notes: [
      'The backup password needs at least 7 characters: a shorter one fails with 0xC0002A54 and event 10836.',
    ],
  },
};
