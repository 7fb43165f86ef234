import type { EventModel } from '../event-model';
import { CAUSE_TEXT } from './causes';
import { CHECK_TEXT } from './checks';
import { ENTSSO_10532_DECISION } from './decision';
import { NOTE_TEXT } from './notes';
import { PICTURE } from './picture';
import { RELATED_EVENTS } from './related-events';
import { STEP_TEXT } from './steps';

/** Event 10532 whole: the decision and its words. Loaded with the first 10532 case. */
export const ENTSSO_10532: EventModel = {
  ...ENTSSO_10532_DECISION,
  text: {
    loggedOn:
      'each SSO server (BizTalk server) that could not fetch the secret, not the master secret server',
    steps: STEP_TEXT,
    causes: CAUSE_TEXT,
    checks: CHECK_TEXT,
    notes: NOTE_TEXT,
    relatedEvents: RELATED_EVENTS,
    picture: PICTURE,
  },
};
