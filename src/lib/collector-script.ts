import { queryOptions } from '@tanstack/react-query';

/** Where the collector script is served, relative to the page. */
export const COLLECTOR_FILE = 'collector/entsso-triage.ps1';

async function loadScript(): Promise<string> {
  const response = await fetch(new URL(COLLECTOR_FILE, window.location.href), {
    cache: 'no-cache',
  });
  if (!response.ok) throw new Error(`${COLLECTOR_FILE}: the server answered ${response.status}`);
  return response.text();
}

export const collectorScriptQuery = queryOptions({
  queryKey: ['collector-script'] as const,
  queryFn: loadScript,
  staleTime: Infinity,
});
