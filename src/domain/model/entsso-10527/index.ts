import type { EventModel } from '../event-model';
import { CAUSE_TEXT } from './causes';
import { CHECK_TEXT } from './checks';
import { ENTSSO_10527_DECISION } from './decision';
import { NOTE_TEXT } from './notes';
import { PICTURE } from './picture';
import { RELATED_EVENTS } from './related-events';
import { ONE_ACCOUNT_TEXT, STEP_TEXT } from './steps';

/** Event 10527 whole: the decision and its words. Loaded with the first 10527 case. */
export const ENTSSO_10527: EventModel = {
  ...ENTSSO_10527_DECISION,
  text: {
    loggedOn:
      'the master secret server (on a cluster, the node that owned the SSO role then), which refused the request. Microsoft does not say where 10527 is logged; this follows from only the master secret server handing out the secret',
    steps: STEP_TEXT,
    causes: CAUSE_TEXT,
    checks: CHECK_TEXT,
    notes: NOTE_TEXT,
    relatedEvents: RELATED_EVENTS,
    picture: PICTURE,
    oneAccount: ONE_ACCOUNT_TEXT,
  },
};
