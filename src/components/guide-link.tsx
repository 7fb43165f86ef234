import { Link, useSearchParams } from 'react-router';
import { GUIDE_LINK_TEXT, type GuideId } from '../domain/guides/guide-ids';

interface GuideLinkProps {
  id: GuideId;
  children?: React.ReactNode;
  className?: string;
}

/**
 * A link to an in-app guide that carries the case along (so the guide can fill in
 * its commands) and starts loading the guide as soon as it is hovered or focused.
 */
export function GuideLink({ id, children, className }: GuideLinkProps) {
  const [params] = useSearchParams();
  const prefetch = () => {
    // Loaded on demand so that pages with guide links carry neither the schema nor the query library.
    void Promise.all([import('./guides/guide-query'), import('./guides/query-client')]).then(
      ([{ guideQuery }, { queryClient }]) => queryClient.prefetchQuery(guideQuery(id)),
    );
  };
  return (
    <Link
      to={{ pathname: `/guides/${id}`, search: params.toString() }}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      className={className ?? 'text-blue-800 underline'}
      data-guide-link={id}
    >
      {children ?? GUIDE_LINK_TEXT[id]}
    </Link>
  );
}
