import type { EventModel } from '../event-model';
import { CAUSE_TEXT } from './causes';
import { CHECK_TEXT } from './checks';
import { ENTSSO_10524_DECISION } from './decision';
import { NOTE_TEXT } from './notes';
import { PICTURE } from './picture';
import { RELATED_EVENTS } from './related-events';
import { STEP_TEXT } from './steps';

/** Event 10524 whole: the decision and its words. Loaded with the first 10524 case. */
export const ENTSSO_10524: EventModel = {
  ...ENTSSO_10524_DECISION,
  text: {
    loggedOn:
      'the computer where the restore ran: the master secret server, a new one, or the cluster node being given the secret; Microsoft does not say which log gets it when ssoconfig ran elsewhere',
    steps: STEP_TEXT,
    causes: CAUSE_TEXT,
    checks: CHECK_TEXT,
    notes: NOTE_TEXT,
    relatedEvents: RELATED_EVENTS,
    picture: PICTURE,
  },
};
