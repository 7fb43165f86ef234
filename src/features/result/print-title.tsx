import type { DiagnosisDescription } from '../../domain/diagnosis/describe-diagnosis';

/** How sure the result is, in the words of its headline, for the printed title. */
export function standingOf(described: DiagnosisDescription): string {
  const top = described.causes[0];
  if (described.undecidedFallback || !top) return 'no cause named yet';
  if (!described.decided) return 'not decided: several causes fit';
  return top.standing === 'confirmed'
    ? `confirmed: ${top.title}`
    : `indicated, not confirmed: ${top.title}`;
}

interface PrintTitleProps {
  event: string;
  computer: string | undefined;
  time: string | undefined;
  standing: string;
}

/** Paper has no header bar: the page says which event, where, when and how sure. */
export function PrintTitle({ event, computer, time, standing }: PrintTitleProps) {
  return (
    <dl
      className="mb-3 hidden border-b-2 border-black pb-2 text-sm print:grid print:grid-cols-[auto_1fr] print:gap-x-3"
      data-testid="print-title"
    >
      <dt className="font-semibold">Event</dt>
      <dd>{event}</dd>
      <dt className="font-semibold">Computer</dt>
      <dd>{computer ? `${computer} (logged the event)` : 'not given'}</dd>
      <dt className="font-semibold">Time (UTC)</dt>
      <dd>{time ?? 'not given'}</dd>
      <dt className="font-semibold">Standing</dt>
      <dd>{standing}</dd>
    </dl>
  );
}
