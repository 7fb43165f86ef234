import type { EventText } from '../event-model';

/** What the question step says about a lost secret server before it asks. */
export const STEP_TEXT: EventText['steps'] = {
  'secret-server': {
    intro:
      'This server could not fetch the master secret. The questions are about the master secret server it asked: its name, its service, the path to it, and the secret it holds.',
    guide: 'secret-server-unreachable',
    notes: [
      'Do not restart ENTSSO or the host instances here, or generate a secret, while the warning lasts: they would need the master secret server to come back.',
    ],
  },
};
