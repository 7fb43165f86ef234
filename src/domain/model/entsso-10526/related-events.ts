import type { RelatedEvent } from '../event-model';
import { FAMILY_EVENTS } from '../secret-operations/family-events';

/** The ENTSSO events worth looking for around a 10526: the family's list, as it stands. */
export const RELATED_EVENTS: readonly RelatedEvent[] = FAMILY_EVENTS;
