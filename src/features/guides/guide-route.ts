import type { LoaderFunctionArgs, ShouldRevalidateFunction } from 'react-router';
import { isGuideId } from '../../domain/guides/guide-ids';
import type { AppLoader } from '../../lib/app-loader';
import { guideQuery } from './guide-query';

/**
 * The guide depends on its id alone. Loading it again on every change of the link would
 * make a checklist tick wait for the loader, and show unticked in between.
 */
export const guideShouldRevalidate: ShouldRevalidateFunction = ({ currentParams, nextParams }) =>
  currentParams.id !== nextParams.id;

/** The route loads the guide before it renders; a broken file lands in GuideError. */
export const guideLoader =
  (loader: AppLoader) =>
  async ({ params }: LoaderFunctionArgs): Promise<null> => {
    if (params.id && isGuideId(params.id))
      await (await loader.queryClient()).ensureQueryData(guideQuery(params.id));
    return null;
  };
