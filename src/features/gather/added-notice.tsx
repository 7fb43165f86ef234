import type { AddedReading } from '../../domain/case/add-reading';
import { CASE_FIELDS, caseField, type CaseFieldName } from '../../domain/case/case-fields';
import { useCaseLink } from '../../hooks/use-case-link';
import { useLoadedModel } from '../../hooks/use-app-services';
import { originWords } from '../../domain/case/origin-words';
import type { Origin } from '../../domain/case/origins';

export type AddedEvidence = Pick<AddedReading, 'disagree' | 'leftOut' | 'notAbout'> & {
  /** The origins of what was pasted: the computers it speaks for. */
  computers: readonly Origin[];
};

const said = (origin: string) => (origin === 'you' ? 'you typed' : originWords(origin as Origin));
const FIELD_NAMES: ReadonlySet<string> = new Set(CASE_FIELDS.map((field) => field.name));

/** What a paste from another computer added, and what it did not take. */
export function AddedNotice({ computers, disagree, leftOut, notAbout }: AddedEvidence) {
  const words = useLoadedModel(useCaseLink().entry);
  // A fact by its label; an answer by its question, once the event's words are here.
  const labelOf = (name: string) =>
    FIELD_NAMES.has(name)
      ? caseField(name as CaseFieldName).label
      : (words?.text.checks[name]?.question ?? name);
  return (
    <div
      className="mt-2 rounded border border-blue-800 bg-blue-50 p-3"
      data-testid="added-evidence"
    >
      <p>
        Added to the case, beside what it held: the evidence {computers.map(originWords).join(', ')}
        . Nothing from the other computers was replaced.
      </p>
      {leftOut.length > 0 ? (
        <p className="mt-1">
          The case stays about its own event: this text&apos;s {leftOut.map(labelOf).join(', ')}{' '}
          {leftOut.length === 1 ? 'was' : 'were'} not mixed into it (its event is kept as seen).
        </p>
      ) : null}
      {[...new Set(notAbout.map((n) => n.about))].map((about) => {
        const names = notAbout.filter((n) => n.about === about);
        return (
          <p key={about} className="mt-1" data-testid="not-about">
            Not taken: {names.map((n) => labelOf(n.name)).join(', ')}. The case names {about} as the
            computer {names.length === 1 ? 'it is' : 'they are'} about, and this text came from{' '}
            {names[0]?.from}. Run the collector on {about} for {names.length === 1 ? 'it' : 'them'}.
          </p>
        );
      })}
      {disagree.length > 0 ? (
        <ul className="mt-1 list-disc pl-5" aria-label="Where the computers disagree">
          {disagree.map((d) => (
            <li key={d.name} data-disagree={d.name}>
              {labelOf(d.name)}:{' '}
              {d.said.map((side, i) => (
                <span key={side.origin} data-origin={side.origin}>
                  {i > 0 ? '; ' : ''}
                  {side.value} ({said(side.origin)})
                </span>
              ))}
              . Neither is taken until one of you settles it.
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
