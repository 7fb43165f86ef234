import { useParams, useRouteError } from 'react-router';
import { GUIDE_LINK_TEXT, isGuideId } from '../../domain/guides/guide-ids';
import { StepLayout } from '../../components/step-layout';
import { BackLinks } from './guide-back-links';
import { GuideLoadError } from './guide-query';

/** Shown when the guide file is missing or wrong: names the file and the problem. */
export function GuideError() {
  const error = useRouteError();
  const { id = '' } = useParams();
  return (
    <StepLayout title={isGuideId(id) ? GUIDE_LINK_TEXT[id] : 'Guide'}>
      <div
        role="alert"
        className="rounded border border-red-800 bg-red-50 p-4"
        data-testid="guide-error"
      >
        <p className="font-semibold">This guide could not be shown.</p>
        {error instanceof GuideLoadError ? (
          <>
            <p className="mt-1">
              The content file <code className="font-mono">{error.file}</code> has a problem:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {error.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              The file sits next to the app on the web server and can be corrected there without a
              rebuild.
            </p>
          </>
        ) : (
          <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
        )}
      </div>
      <BackLinks />
    </StepLayout>
  );
}
