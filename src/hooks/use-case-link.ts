import { createContext, use, useCallback, useContext, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { Case } from '../domain/case/case';
import { applyPatch, type CasePatch } from '../domain/case/case-patch';
import { linkChars, MAX_LINK_CHARS, parseLink, type DroppedValue } from '../domain/case/link-codec';
import type { DecisionModel } from '../domain/model/event-model';
import {
  decisionOf,
  EVENT_MODELS,
  loadDecision,
  modelFor,
  type RegisteredModel,
} from '../domain/model/registry';
import { routeTo } from '../lib/route-to';

export interface CaseLink {
  /** The raw link parameters, as typed: fields show these so nothing typed is lost. */
  params: URLSearchParams;
  case: Case;
  /** The decision model the link's `event` picks. */
  model: DecisionModel;
  /** Its registry entry, for the pages that load its words. */
  entry: RegisteredModel;
  dropped: DroppedValue[];
  /** Values used once cleaned, and how. */
  cleaned: DroppedValue[];
  /**
   * Writes a change into the case. With `pathname`, it also moves to that step, as a new
   * history entry; otherwise it changes the current entry (history gets an entry per step,
   * not per answer or key press). `typedIn` names the field being typed in, so that it is
   * not redrawn.
   */
  update: (patch: CasePatch, options?: { typedIn?: string; pathname?: string }) => void;
}

/** The link on screen, as the latest render of any step saw it. */
const shownLink: { current: { params: URLSearchParams; pathname: string } } = {
  current: { params: new URLSearchParams(), pathname: '/' },
};

/**
 * Writes still on their way (a paste waiting for its reader to load). A step change waits
 * for them, so that the step being left keeps in its history entry what was pasted there.
 */
const pendingWrites = new Set<Promise<unknown>>();

/** Registers an asynchronous write into the case; see `writesSettled`. */
export function trackWrite<T>(work: Promise<T>): Promise<T> {
  pendingWrites.add(work);
  const done = () => pendingWrites.delete(work);
  work.then(done, done);
  return work;
}

/** Undefined when nothing is on its way; else a promise that ends when all of it has landed. */
export function writesSettled(): Promise<void> | undefined {
  if (pendingWrites.size === 0) return undefined;
  return Promise.allSettled([...pendingWrites]).then(() => writesSettled());
}

/** The link on screen now, for a handler that ran after a render. */
export function linkShown(): URLSearchParams {
  return shownLink.current.params;
}

/** The event models the link can pick from: the registry, or the one a test gives. */
const ModelRegistry = createContext<readonly RegisteredModel[]>(EVENT_MODELS);
export const ModelRegistryProvider = ModelRegistry.Provider;

/** Reads and writes the case in the link: the URL is the state. */
export function useCaseLink(): CaseLink {
  const [address] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const registry = useContext(ModelRegistry);
  const eventParam = address.get('event');
  const entry = useMemo(() => modelFor(eventParam, registry), [eventParam, registry]);
  // The root route loads the decision of the link's event before the page draws.
  const model = decisionOf(entry) ?? use(loadDecision(entry));
  const {
    case: current,
    dropped,
    cleaned,
  } = useMemo(() => parseLink(address, model), [address, model]);
  // A link over the limit is not read (the notice says so), nor carried into every link
  // and field of the page: the next change writes a link without it.
  const params = useMemo(
    () => (linkChars(address) > MAX_LINK_CHARS ? new URLSearchParams() : address),
    [address],
  );
  // The link as it is now, not as it was when a slow handler (a paste waiting for its
  // reader) started: what was typed meanwhile must not be written over. Shared by every
  // user of the hook, so that a handler whose step was left meanwhile writes into the
  // step the person is on now instead of taking them back.
  useLayoutEffect(() => {
    shownLink.current = { params, pathname: location.pathname };
  }, [params, location.pathname]);

  const update = useCallback<CaseLink['update']>(
    (patch, options) => {
      const next = applyPatch(shownLink.current.params, patch);
      const pathname = options?.pathname ?? shownLink.current.pathname;
      // The next write builds on this one even before the page has drawn it, or if the
      // router let this navigation go (a newer one cancels one still in progress).
      shownLink.current = { params: next, pathname };
      navigate(routeTo(pathname, next.toString()), {
        replace: options?.pathname === undefined,
        state: options?.typedIn ? { typedIn: options.typedIn } : null,
        // Synchronous, so that checkboxes and radios never show a stale state in between.
        flushSync: true,
      });
    },
    [navigate],
  );

  return { params, case: current, model, entry, dropped, cleaned, update };
}
