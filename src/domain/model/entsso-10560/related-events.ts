import type { RelatedEvent } from '../event-model';
import { relatedEvents } from '../secret-operations/related-catalogue';

/** ENTSSO events worth looking for around a 10560, in the log of the master secret server. */
export const RELATED_EVENTS: readonly RelatedEvent[] = relatedEvents(
  [
    10559, 10589, 10561, 10759, 10784, 10836, 10839, 10840, 10766, 10771, 10772, 10834, 11009,
    11016, 11008, 10517, 10550, 11051, 10520, 10521, 10565, 10783, 10843, 10842, 10767, 10814,
    10562, 10528, 10522, 10768, 10590, 10603, 10513, 10514, 10515, 10785, 11049, 10605, 10788,
    10789, 10754, 10537, 10583, 10575, 10555, 10602, 10613, 11015, 10536,
  ],
  {
    10559:
      'A backup of the secret succeeded: perhaps a later attempt. Its File Name says which file.',
    10784: 'The backup file could not be created or opened: the path or its permissions.',
  },
);
