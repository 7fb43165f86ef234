import { use, useCallback, useLayoutEffect, useMemo } from 'react';
import { useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import type { Case } from '../domain/case/case';
import { applyPatch, type CasePatch } from '../domain/case/case-patch';
import {
  eventOfLink,
  linkChars,
  MAX_LINK_CHARS,
  parseLink,
  type DroppedValue,
} from '../domain/case/link-codec';
import type { DecisionModel } from '../domain/model/event-model';
import type { RegisteredModel } from '../domain/model/registry';
import { routeTo } from '../lib/route-to';
import { useAppServices } from './use-app-services';

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

/** Reads and writes the case in the link: the URL is the state. */
export function useCaseLink(): CaseLink {
  const [address] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const navigation = useNavigation();
  const { loader, session } = useAppServices();
  const eventParam = eventOfLink(address);
  const entry = useMemo(() => loader.entryFor(eventParam), [eventParam, loader]);
  // The root route loads the decision of the link's event before the page draws; a page
  // drawn without it (a hook test) waits here on the loader's one load.
  const model = loader.decisionNow(entry) ?? use(loader.decision(entry));
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
    session.show({ params, pathname: location.pathname });
  }, [session, params, location.pathname]);

  const update = useCallback<CaseLink['update']>(
    (patch, options) => {
      // A move the person started some other way (a link, back or forward) that is still
      // loading: the change applies to the case it moves to, and does not cancel it.
      const shown = session.shown();
      const moving = navigation.location;
      const elsewhere =
        moving !== undefined &&
        (moving.pathname !== shown.pathname ||
          moving.search.replace(/^\?/, '') !== shown.params.toString());
      const base = elsewhere
        ? { params: new URLSearchParams(moving.search), pathname: moving.pathname }
        : shown;
      const next = applyPatch(base.params, patch);
      const pathname = options?.pathname ?? base.pathname;
      // The next write builds on this one even before the page has drawn it, or if the
      // router let this navigation go (a newer one cancels one still in progress).
      session.show({ params: next, pathname });
      navigate(routeTo(pathname, next.toString()), {
        replace: options?.pathname === undefined,
        state: options?.typedIn ? { typedIn: options.typedIn } : null,
        // Synchronous, so that checkboxes and radios never show a stale state in between.
        flushSync: true,
      });
    },
    [navigate, session, navigation.location],
  );

  return { params, case: current, model, entry, dropped, cleaned, update };
}
