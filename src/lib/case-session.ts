import type { PickContribution } from '../domain/case/pick-changes';

/**
 * What the case needs beyond one render, for the life of the tab: the link as the page
 * shows it now, and the writes still on their way. The app creates one at its root and
 * hands it down; the URL stays the one source of the case, this only keeps a handler that
 * finishes late from writing over what changed meanwhile.
 */
export interface ShownLink {
  params: URLSearchParams;
  pathname: string;
}

export interface CaseSession {
  /** The link on screen, as the latest render of any step saw it, or as the last write left it. */
  shown: () => ShownLink;
  show: (link: ShownLink) => void;
  /** Registers an asynchronous write into the case; see `writesSettled`. */
  trackWrite: <T>(work: Promise<T>) => Promise<T>;
  /** Undefined when nothing is on its way; else a promise that ends when all of it has landed. */
  writesSettled: () => Promise<void> | undefined;
  /**
   * What the last reading of an event (a paste, a failure picked from a log) wrote, so
   * that the next one takes it back out: the case holds one reading's values at a time.
   */
  lastReading: () => PickContribution | undefined;
  setLastReading: (contribution: PickContribution | undefined) => void;
  /**
   * Starts an action of a kind (a paste): the newest one of each kind wins, and one that
   * ends after a newer one started must not land (`isNewest` says so).
   */
  begin: (kind: string) => number;
  isNewest: (kind: string, action: number) => boolean;
  /** A new case: nothing read, nothing on its way counts any more. */
  reset: () => void;
}

export function createCaseSession(): CaseSession {
  let reading: PickContribution | undefined;
  const newest = new Map<string, number>();
  let actions = 0;
  // A step change waits for these, so that the step being left keeps in its history entry
  // what was pasted there.
  const pending = new Set<Promise<unknown>>();
  const writesSettled = (): Promise<void> | undefined =>
    pending.size === 0 ? undefined : Promise.allSettled([...pending]).then(() => writesSettled());
  let shown: ShownLink = { params: new URLSearchParams(), pathname: '/' };
  return {
    shown: () => shown,
    show: (link) => {
      shown = link;
    },
    trackWrite: (work) => {
      pending.add(work);
      const done = () => pending.delete(work);
      work.then(done, done);
      return work;
    },
    writesSettled,
    lastReading: () => reading,
    setLastReading: (contribution) => {
      reading = contribution;
    },
    begin: (kind) => {
      newest.set(kind, ++actions);
      return actions;
    },
    isNewest: (kind, action) => newest.get(kind) === action,
    reset: () => {
      reading = undefined;
      newest.clear();
    },
  };
}
