import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache for loaded content. It lives in its own module, loaded with the first
 * guide or guide link, so the start page does not carry the query library.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5 * 60_000, retry: 1 } },
});
