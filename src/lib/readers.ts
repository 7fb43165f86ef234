import { lazyModule } from './lazy-module';

/** The pasted-event reader: it arrives with the first text in Event text. */
export const eventReader = lazyModule(() => import('../domain/event-reader/read-event'));

/** The collector block reader: it arrives with the first block pasted. */
export const blockReader = lazyModule(() => import('../domain/collector/read-block'));

/** What a paste writes, from the readers' results: it arrives with the first paste. */
export const pasteReader = lazyModule(() => import('../domain/paste/read-paste'));
