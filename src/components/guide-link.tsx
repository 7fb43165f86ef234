import { createContext, useContext } from 'react';
import { Link } from 'react-router';
import { GUIDE_LINK_TEXT, type GuideId } from '../domain/guides/guide-ids';
import { routeTo } from '../lib/route-to';
import { useCaseLink } from '../hooks/use-case-link';

/**
 * Starts loading a guide before it is opened. The app provides it, so that pages with
 * guide links carry neither the guide code nor the query library until it is needed.
 */
export const GuidePrefetch = createContext<(id: GuideId) => void>(() => {});

interface GuideLinkProps {
  id: GuideId;
  children?: React.ReactNode;
  className?: string;
}

/** A link to an in-app guide that carries the case along, so the guide can fill in its commands. */
export function GuideLink({ id, children, className }: GuideLinkProps) {
  const { params } = useCaseLink();
  const prefetch = useContext(GuidePrefetch);
  return (
    <Link
      to={routeTo(`/guides/${id}`, params.toString())}
      onMouseEnter={() => prefetch(id)}
      onFocus={() => prefetch(id)}
      className={className ?? 'text-blue-800 underline'}
      data-guide-link={id}
    >
      {children ?? GUIDE_LINK_TEXT[id]}
    </Link>
  );
}
