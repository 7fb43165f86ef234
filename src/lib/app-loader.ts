import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { DecisionModel, EventModel } from '../domain/model/event-model';
import { EVENT_MODELS, loadModel, modelFor, type RegisteredModel } from '../domain/model/registry';

/** A module only some visits need (a reader, the code tables), fetched the first time. */
export interface Part<T> {
  key: string;
  load: () => Promise<T>;
}

export const part = <T>(key: string, load: () => Promise<T>): Part<T> => ({ key, load });

/**
 * Everything the app loads after the start page, through one TanStack Query cache: the
 * event models, the parts, the guides and the collector script. The query library comes
 * with the first load that needs it, so the start page does not carry it.
 *
 * A failed load is a failed query: the next call fetches again (a new import, a new
 * request), so a chunk lost to a redeploy or a dropped connection can be retried from the
 * page without a reload.
 */
export interface AppLoader {
  /** The events this app triages: the one registry every path picks from. */
  readonly registry: readonly RegisteredModel[];
  /** The registry entry a link's `event` value names (the first one when it names none). */
  entryFor: (event: string | null | undefined) => RegisteredModel;
  decision: (entry: RegisteredModel) => Promise<DecisionModel>;
  /** The decision if it is at hand, so that a page can draw at once. */
  decisionNow: (entry: RegisteredModel) => DecisionModel | undefined;
  model: (entry: RegisteredModel) => Promise<EventModel>;
  modelNow: (entry: RegisteredModel) => EventModel | undefined;
  /** Why the model could not be loaded, until a later try succeeds. */
  modelError: (entry: RegisteredModel) => Error | undefined;
  part: <T>(part: Part<T>) => Promise<T>;
  partNow: <T>(part: Part<T>) => T | undefined;
  partError: (part: Part<unknown>) => Error | undefined;
  /** The query client, created with the first load that needs it. */
  queryClient: () => Promise<QueryClient>;
  queryClientNow: () => QueryClient | undefined;
  /** Called after every load settles, for the pages that wait on one. */
  subscribe: (listener: () => void) => () => void;
}

const modelKey = (entry: RegisteredModel): QueryKey => ['model', entry.event];
const partKey = (part: Part<unknown>): QueryKey => ['part', part.key];

export function createAppLoader(registry: readonly RegisteredModel[] = EVENT_MODELS): AppLoader {
  let client: QueryClient | undefined;
  let creating: Promise<QueryClient> | undefined;
  // Only loads on their way, so that every caller waits on the same one; a settled load
  // lives in the query cache, and a failed one is fetched again on the next call.
  const inflight = new Map<string, Promise<unknown>>();
  const listeners = new Set<() => void>();

  function queryClient(): Promise<QueryClient> {
    if (client) return Promise.resolve(client);
    creating ??= import('./query-client').then(
      ({ createQueryClient }) => (client = createQueryClient()),
      (error: unknown) => {
        creating = undefined;
        throw error;
      },
    );
    return creating;
  }

  function ensure<T>(queryKey: QueryKey, load: () => Promise<T>): Promise<T> {
    const id = JSON.stringify(queryKey);
    const known = inflight.get(id) as Promise<T> | undefined;
    if (known) return known;
    const work = queryClient().then((c) =>
      // Code does not go stale and must outlive the pages that used it.
      c.ensureQueryData({ queryKey, queryFn: load, staleTime: Infinity, gcTime: Infinity }),
    );
    inflight.set(id, work);
    const settle = () => {
      inflight.delete(id);
      for (const listener of listeners) listener();
    };
    work.then(settle, settle);
    return work;
  }

  const now = <T>(queryKey: QueryKey) => client?.getQueryData<T>(queryKey);
  const errorOf = (queryKey: QueryKey) => client?.getQueryState(queryKey)?.error ?? undefined;

  function model(entry: RegisteredModel): Promise<EventModel> {
    return ensure(modelKey(entry), () => loadModel(entry));
  }
  const modelNow = (entry: RegisteredModel) => now<EventModel>(modelKey(entry));

  return {
    registry,
    entryFor: (event) => modelFor(event, registry),
    decision: (entry) => (entry.ready ? Promise.resolve(entry.ready) : model(entry)),
    decisionNow: (entry) => entry.ready ?? modelNow(entry),
    model,
    modelNow,
    modelError: (entry) => errorOf(modelKey(entry)),
    part: (p) => ensure(partKey(p), p.load),
    partNow: (p) => now(partKey(p)),
    partError: (p) => errorOf(partKey(p)),
    queryClient,
    queryClientNow: () => client,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
