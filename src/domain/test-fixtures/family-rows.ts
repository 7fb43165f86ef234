import { ROWS_10524 } from './contract-rows-10524';
import { ROWS_10527 } from './contract-rows-10527';
import { ROWS_10532 } from './contract-rows-10532';
import { ROWS_10560 } from './contract-rows-10560';

export type FamilyRow = readonly [query: string, causes: string[], decided: boolean];

/** Each sibling event's evidence table, by event: one source for the unit and the browser tests. */
export const FAMILY_ROWS: Readonly<Record<number, readonly FamilyRow[]>> = {
  10524: ROWS_10524,
  10527: ROWS_10527,
  10532: ROWS_10532,
  10560: ROWS_10560,
};
