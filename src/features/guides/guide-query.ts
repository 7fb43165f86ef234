import { queryOptions } from '@tanstack/react-query';
import { guideFile, type GuideId } from '../../domain/guides/guide-ids';
import { checkGuide, type Guide } from '../../domain/guides/guide-schema';
import { readSiteFile, type SiteFile } from '../../lib/site-files';

/** A guide file that is missing or wrong: names the file and what is wrong with it. */
export class GuideLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
    /** A format problem will not fix itself, so it is not retried. */
    readonly permanent: boolean,
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'GuideLoadError';
  }
}

async function loadGuide(id: GuideId): Promise<Guide> {
  const file = guideFile(id);
  let response: SiteFile;
  try {
    response = await readSiteFile(file);
  } catch (error) {
    throw new GuideLoadError(file, [`could not be fetched (${(error as Error).message})`], false);
  }
  if (!response.ok) {
    throw new GuideLoadError(
      file,
      [`could not be loaded: the server answered ${response.status}`],
      response.status === 404,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(response.text);
  } catch (error) {
    throw new GuideLoadError(file, [`is not valid JSON: ${(error as Error).message}`], true);
  }
  const checked = checkGuide(data, id);
  if (!checked.ok) throw new GuideLoadError(file, checked.problems, true);
  return checked.guide;
}

export function guideQuery(id: GuideId) {
  return queryOptions({
    queryKey: ['guide', id] as const,
    queryFn: () => loadGuide(id),
    staleTime: 10 * 60_000,
    retry: (failures, error) =>
      !(error instanceof GuideLoadError && error.permanent) && failures < 2,
  });
}
