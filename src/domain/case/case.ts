import type { Answer } from '../model/event-model';
import type { TextFieldName } from './case-fields';
import type { Origin } from './origins';
import type { OtherHalf } from './other-half';

/** Everything known about one case: the evidence. It lives in the link, nowhere else. */
export type Case = { [K in TextFieldName]?: string } & {
  /** The event ID entered, when it was entered. */
  event?: number;
  /** Related event IDs found in the log, ascending. */
  seen: number[];
  /** Answers to the model's checks, by check id. */
  answers: Readonly<Record<string, Answer | undefined>>;
  /** Where a value or answer came from, by its link name; absent means typed. */
  origins?: Readonly<Record<string, Origin>>;
  /** What a collector's probe saw, by the answer or value it gave. */
  details?: Readonly<Record<string, string>>;
  /**
   * What computers (or a computer and the person) said differently, by name, each side
   * with its `data-origin`: kept and shown, and the answer itself left out until settled.
   */
  disagree?: Readonly<Record<string, ReadonlyArray<{ origin: string; value: string }>>>;
  /** The other half of this fetch (a 10527 for a 10532, or the reverse), read on its own computer. */
  half?: OtherHalf;
};

export const EMPTY_CASE: Case = { seen: [], answers: {} };
