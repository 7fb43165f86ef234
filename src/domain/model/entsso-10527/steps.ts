import type { EventText } from '../event-model';

/** What the question step says about a refused secret request before it asks. */
export const STEP_TEXT: EventText['steps'] = {
  'secret-server': {
    intro:
      'The server that logged this, presumably the master secret server (only it hands out the secret; Microsoft does not say where 10527 is logged), received a request for the secret and could not serve it. The questions are about the secret it holds, whether it acts as master secret server, and the account that asked.',
    guide: 'secret-server-unreachable',
    notes: [
      'The Client User is normally a service account, not a person: logging off and on does not apply to it.',
    ],
  },
};
