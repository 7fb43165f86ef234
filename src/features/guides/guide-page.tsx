import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isEmptyCase } from '../../domain/case/link-codec';
import { caseValues } from '../../domain/commands/fill-command';
import { isGuideId, type GuideId } from '../../domain/guides/guide-ids';
import { StepLayout } from '../../components/step-layout';
import { useCaseLink } from '../../hooks/use-case-link';
import { BackLinks } from './guide-back-links';
import { guideQuery } from './guide-query';
import { GuideView } from './guide-view';

/** A guide's page: the route's loader (guide-route.ts) has put the guide in the cache. */
export function GuidePage() {
  const { id = '' } = useParams();
  if (!isGuideId(id)) {
    return (
      <StepLayout title="No such guide">
        <p>
          There is no guide called <q>{id}</q>.{' '}
          <Link className="text-blue-800 underline" to="/guides">
            See all guides
          </Link>
          .
        </p>
      </StepLayout>
    );
  }
  return <LoadedGuide id={id} />;
}

function LoadedGuide({ id }: { id: GuideId }) {
  const { data: guide } = useSuspenseQuery(guideQuery(id));
  const { case: current, model } = useCaseLink();
  const values = caseValues(current, model);
  return (
    <GuideView guide={guide} values={values} fromCase={!isEmptyCase(current, model)}>
      <BackLinks />
    </GuideView>
  );
}
