import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { queryClient } from '../lib/query-client';

/**
 * The one provider of loaded content (guides, the collector script), over the one cache.
 * Mounted by the parts that load content, never by the start page: the query library then
 * arrives with the first of them instead of in the first load.
 */
export function ContentProvider({ children }: { children: React.ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** The provider as a route: the guides' pages render inside it. */
export function ContentRoute() {
  return (
    <ContentProvider>
      <Outlet />
    </ContentProvider>
  );
}
