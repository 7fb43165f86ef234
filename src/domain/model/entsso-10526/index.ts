import type { EventModel } from '../event-model';
import { CAUSE_TEXT } from './causes';
import { CHECK_TEXT } from './checks';
import { ENTSSO_10526_DECISION } from './decision';
import { NOTE_TEXT } from './notes';
import { PICTURE } from './picture';
import { RELATED_EVENTS } from './related-events';
import { STEP_TEXT } from './steps';

/** Event 10526 whole: the decision and its words. Loaded by the pages that show causes. */
export const ENTSSO_10526: EventModel = {
  ...ENTSSO_10526_DECISION,
  text: {
    loggedOn:
      'the computer where the generate ran: the master secret server (on a cluster, the node that owned the SSO role then) or the server where ssoconfig -generateSecret was started',
    steps: STEP_TEXT,
    causes: CAUSE_TEXT,
    checks: CHECK_TEXT,
    notes: NOTE_TEXT,
    relatedEvents: RELATED_EVENTS,
    picture: PICTURE,
  },
};
