import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { EventModel } from '../domain/model/event-model';
import type { RegisteredModel } from '../domain/model/registry';
import type { AppLoader, Part } from '../lib/app-loader';
import type { CaseSession } from '../lib/case-session';

/** What the app creates once at its root: the one loader and the case's session. */
export interface AppServices {
  loader: AppLoader;
  session: CaseSession;
}

const Services = createContext<AppServices | null>(null);
export const AppServicesProvider = Services.Provider;

export function useAppServices(): AppServices {
  const services = useContext(Services);
  if (!services)
    throw new Error('The app services are not provided: render inside AppServicesProvider.');
  return services;
}

export const useAppLoader = (): AppLoader => useAppServices().loader;

export interface PartState<T> {
  value: T | undefined;
  /** Why it could not be loaded; `retry` fetches it again. */
  error: Error | undefined;
  retry: () => void;
}

/** A part, fetched once `needed` is true; undefined until it is there. */
export function usePart<T>(part: Part<T>, needed: boolean): PartState<T> {
  const loader = useAppLoader();
  const value = useSyncExternalStore(loader.subscribe, () => loader.partNow(part));
  const error = useSyncExternalStore(loader.subscribe, () => loader.partError(part));
  const fetchPart = () => void loader.part(part).catch(() => undefined);
  // A failure waits for the person's retry instead of fetching in a loop.
  useEffect(() => {
    if (needed && value === undefined && error === undefined) fetchPart();
  });
  return { value, error, retry: fetchPart };
}

/**
 * A model's words once they are there, loading them if need be; undefined meanwhile. For
 * a part that can draw without them (the log import on the start page), instead of
 * suspending: a suspended first render of such a part broke React's recovery there.
 */
export function useLoadedModel(entry: RegisteredModel): EventModel | undefined {
  const loader = useAppLoader();
  const model = useSyncExternalStore(loader.subscribe, () => loader.modelNow(entry));
  const failed = useSyncExternalStore(loader.subscribe, () => loader.modelError(entry));
  useEffect(() => {
    if (model === undefined && failed === undefined) loader.model(entry).catch(() => undefined);
  }, [loader, entry, model, failed]);
  return model;
}
