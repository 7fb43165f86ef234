import { caseField, type CaseFieldName } from '../domain/case/case-fields';

/**
 * What a switch of event kept from before: values the person typed or changed that the
 * new event carries too. Said, so that one that belonged to the old event is corrected.
 */
export function KeptValues({ event, fields }: { event: number; fields: CaseFieldName[] }) {
  return (
    <p role="status" className="text-sm text-slate-800" data-testid="kept-values">
      The case now follows event {event}. Kept from before, because event {event} has them too:{' '}
      {fields.map((name) => caseField(name).label).join(', ')}. Check that they belong to this
      event; everything else the earlier event gave was taken out.
    </p>
  );
}
