import { part } from './app-loader';

/** The pasted-event reader: it arrives with the first text in Event text. */
export const EVENT_READER = part('event-reader', () => import('../domain/event-reader/read-event'));

/** The collector block reader: it arrives with the first block pasted. */
export const BLOCK_READER = part('block-reader', () => import('../domain/collector/read-block'));

/** What a paste writes, from the readers' results: it arrives with the first paste. */
export const PASTE_READER = part('paste-reader', () => import('../domain/paste/read-paste'));
