import type { EventModel } from '../event-model';
import { CAUSE_TEXT } from './causes';
import { CHECK_TEXT } from './checks';
import { ENTSSO_10560_DECISION } from './decision';
import { NOTE_TEXT } from './notes';
import { PICTURE } from './picture';
import { RELATED_EVENTS } from './related-events';
import { STEP_TEXT } from './steps';

/** Event 10560 whole: the decision and its words. Loaded with the first 10560 case. */
export const ENTSSO_10560: EventModel = {
  ...ENTSSO_10560_DECISION,
  text: {
    loggedOn:
      'the computer where the backup ran: the master secret server (on a cluster, the node that owned the SSO role then); Microsoft does not say which log gets it when ssoconfig ran elsewhere',
    steps: STEP_TEXT,
    causes: CAUSE_TEXT,
    checks: CHECK_TEXT,
    notes: NOTE_TEXT,
    relatedEvents: RELATED_EVENTS,
    picture: PICTURE,
  },
};
