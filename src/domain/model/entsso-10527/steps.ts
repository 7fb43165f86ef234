import type { EventText } from '../event-model';
import { READ_ASKING_ACCOUNT } from './checks';

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

/** Why the Client User and the Client Computer's ENTSSO account are often one, and how to tell. */
export const ONE_ACCOUNT_TEXT: NonNullable<EventText['oneAccount']> = {
  lead: "The Client User is normally the account the Client Computer's ENTSSO service runs as, since that service makes the request. This is an inference, not a Microsoft statement. Read that account on the Client Computer: if it is the Client User, one question covers both.",
  how: {
    command: READ_ASKING_ACCOUNT,
    shell: 'powershell',
    look: 'Prints the account ENTSSO runs as on the Client Computer (read-only). Type it in the field below.',
  },
};
