import type { Answer, CheckId } from './model/checks';

/** Everything the wizard knows about one case. It lives in the link, nowhere else. */
export interface TriageState {
  event?: number;
  /** 0x + 8 upper-case hex digits. */
  code?: string;
  user?: string;
  computer?: string;
  /** GUID, lower case, no braces. */
  tid?: string;
  /** ISO 8601 in UTC. */
  time?: string;
  host?: string;
  backup?: string;
  /** Related event IDs found in the log, ascending. */
  seen: number[];
  answers: Partial<Record<CheckId, Answer>>;
}

export const EMPTY_STATE: TriageState = { seen: [], answers: {} };
