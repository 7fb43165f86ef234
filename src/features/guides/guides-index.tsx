import { useQueries } from '@tanstack/react-query';
import { GUIDE_IDS, GUIDE_LINK_TEXT } from '../../domain/guides/guide-ids';
import { GuideLink } from '../../components/guide-link';
import { guideQuery } from './guide-query';
import { StepLayout } from '../../components/step-layout';
import { FAMILY_EVENTS } from '../../domain/model/registry';

export function GuidesIndex() {
  const results = useQueries({ queries: GUIDE_IDS.map((id) => guideQuery(id)) });
  return (
    <StepLayout
      title="Master secret guides"
      intro={
        <p>
          Step-by-step help for the tasks behind the master secret events{' '}
          {FAMILY_EVENTS.slice(0, -1).join(', ')} and {FAMILY_EVENTS.at(-1)}: generating, backing up
          and restoring the secret, finding or moving its server, its administrators. They work
          offline.
        </p>
      }
    >
      <ul className="space-y-3">
        {GUIDE_IDS.map((id, index) => {
          const result = results[index];
          return (
            <li key={id} className="rounded border border-slate-300 bg-white p-3">
              <GuideLink id={id} className="text-lg font-semibold text-blue-800 underline">
                {result?.data?.title ?? GUIDE_LINK_TEXT[id]}
              </GuideLink>
              <p className="text-sm text-slate-800">
                {result?.data?.summary ??
                  (result?.isError ? 'This guide has a problem; open it for details.' : '')}
              </p>
            </li>
          );
        })}
      </ul>
    </StepLayout>
  );
}
