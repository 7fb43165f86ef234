import { Link } from 'react-router';
import type { Case } from '../../domain/case/case';
import { HALF_FIELDS, type OtherHalf } from '../../domain/case/other-half';
import { halfWords, type Sides } from '../../domain/diagnosis/half-words';
import { diagnose } from '../../domain/diagnosis/diagnose';
import { useAppServices, useLoadedModel } from '../../hooks/use-app-services';

/** The other half's own case, to open as a link of its own. */
function halfLink(half: OtherHalf): string {
  const params = new URLSearchParams({ v: '1', event: String(half.event) });
  for (const name of HALF_FIELDS) {
    const value = half.values[name];
    if (value) params.set(name, value);
  }
  return `/result?${params.toString()}`;
}

interface OtherHalfProps {
  current: Case;
  sides: Sides;
  half: OtherHalf;
}

/**
 * A 10532 and the 10527 of the same request, read on their two computers: the page says
 * whether they are one fetch, and what the other half's own reading says went wrong.
 */
export function OtherHalfStory({ current, sides, half }: OtherHalfProps) {
  const { loader } = useAppServices();
  const words = useLoadedModel(loader.entryFor(String(half.event)));
  const said = halfWords(current, sides, half);
  const halfCase: Case = { seen: [], answers: {}, ...half.values, event: half.event };
  const top = words ? diagnose(words, halfCase).ranked[0] : undefined;
  const title =
    top && top.cause !== words?.fallbackCause ? words?.text.causes[top.cause]?.title : undefined;
  return (
    <section
      className="mb-4 rounded border border-blue-800 bg-white p-3 text-sm"
      aria-labelledby="other-half"
      data-testid="other-half"
      data-one-fetch={said.oneFetch ? 'yes' : 'no'}
    >
      <h2 id="other-half" className="font-semibold">
        {said.heading}
      </h2>
      <p className="mt-1" data-origin={`event:${said.loggedOn}`}>
        {said.sentence}
      </p>
      {said.notes.map((note) => (
        <p key={note} className="mt-1 text-slate-700">
          {note}
        </p>
      ))}
      {title ? (
        <p className="mt-1">
          Its own triage, from its values alone, puts first: <strong>{title}</strong>.
        </p>
      ) : null}
      <p className="mt-1">
        <Link to={halfLink(half)} className="font-medium text-blue-800 underline">
          Open event {half.event} as a case of its own
        </Link>
      </p>
    </section>
  );
}
