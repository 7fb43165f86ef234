import type { RelatedEvent } from '../event-model';
import { relatedEvents } from '../secret-operations/related-catalogue';

/** ENTSSO events worth looking for around a 10524, on the computer where the restore ran. */
export const RELATED_EVENTS: readonly RelatedEvent[] = relatedEvents(
  [
    10523, 10598, 10779, 10815, 10564, 10759, 10784, 10766, 10771, 10772, 10834, 11009, 11016,
    11008, 10517, 10550, 10575, 10534, 10501, 10611, 10520, 10521, 10565, 10767, 10814, 10768,
    10590, 10603, 10513, 10514, 10515, 10785, 11049, 10605, 10788, 10789, 10754, 10555, 10602,
    10613, 11015, 10536,
  ],
  {
    10520: 'The master secret server holds no secret: a reason to restore, expected before one.',
    10521: 'The secret could not be read: a reason to restore, expected before one.',
    10565: 'The secret could not be read after an account change: a reason to restore.',
    10784: 'The backup file could not be opened: not there, or not readable by the account.',
    10534:
      'ENTSSO here started as master secret server: the restart a new one needs before its restore.',
  },
);
