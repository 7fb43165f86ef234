import { QueryClient } from '@tanstack/react-query';

/**
 * The one cache for loaded content. This module comes with the first load that needs it
 * (see app-loader), so the start page does not carry the query library.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A failed load says so at once and offers a retry; guides set their own retries.
    defaultOptions: { queries: { staleTime: 5 * 60_000, retry: false } },
  });
}
