import type { Answer } from '../model/event-model';
import type { TextFieldName } from './case-fields';

/** Everything known about one case: the evidence. It lives in the link, nowhere else. */
export type Case = { [K in TextFieldName]?: string } & {
  /** The event ID entered, when it was entered. */
  event?: number;
  /** Related event IDs found in the log, ascending. */
  seen: number[];
  /** Answers to the model's checks, by check id. */
  answers: Readonly<Record<string, Answer | undefined>>;
};

export const EMPTY_CASE: Case = { seen: [], answers: {} };
