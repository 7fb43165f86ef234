import { queryOptions } from '@tanstack/react-query';
import { readSiteFile } from './site-files';

/** Where the collector script is served, relative to the page. */
export const COLLECTOR_FILE = 'collector/entsso-triage.ps1';

async function loadScript(): Promise<string> {
  const file = await readSiteFile(COLLECTOR_FILE);
  if (!file.ok) throw new Error(`${COLLECTOR_FILE}: the server answered ${file.status}`);
  return file.text;
}

export const collectorScriptQuery = queryOptions({
  queryKey: ['collector-script'] as const,
  queryFn: loadScript,
  staleTime: Infinity,
  retry: 1,
});
