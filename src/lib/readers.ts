import { lazyModule } from './lazy-module';

/** The pasted-event reader: it arrives with the first text in Event text. */
export const eventReader = lazyModule(() => import('../domain/event-reader/read-event'));

/** The collector block reader: it arrives with the first block pasted. */
export const blockReader = lazyModule(() => import('../domain/collector/read-block'));
