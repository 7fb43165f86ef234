import type { RelatedEvent } from '../event-model';
import { relatedEvents } from '../secret-operations/related-catalogue';

/** ENTSSO events worth looking for around a 10527, on the master secret server. */
export const RELATED_EVENTS: readonly RelatedEvent[] = relatedEvents(
  [
    10531, 10520, 10521, 10565, 10783, 10843, 10534, 10501, 10611, 10575, 10766, 11009, 10772,
    10834, 11016, 11008, 10550, 10555, 10613, 10590, 10768, 10814, 11049, 10605, 10788, 10789,
    10536, 10532,
  ],
  {
    10536:
      'An audit entry with the function, Client Computer and error code: it carries a Tracking ID, so match it with the 10527 by that when both have one.',
    10532:
      'On the Client Computer: it could not get the secret. The same failure seen from the other side.',
  },
);
