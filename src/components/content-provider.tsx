import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { Outlet } from 'react-router';
import { useAppLoader } from '../hooks/use-app-services';

/**
 * The provider of loaded content (guides, the collector script) over the app loader's one
 * cache. Mounted by the parts that load content, never by the start page: the query
 * library then arrives with the first of them instead of in the first load.
 */
export function ContentProvider({ children }: { children: React.ReactNode }) {
  const loader = useAppLoader();
  const client = loader.queryClientNow() ?? use(loader.queryClient());
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** The provider as a route over a client already created: the guides' pages render inside it. */
export function contentRoute(client: QueryClient) {
  return function ContentRoute() {
    return (
      <QueryClientProvider client={client}>
        <Outlet />
      </QueryClientProvider>
    );
  };
}
