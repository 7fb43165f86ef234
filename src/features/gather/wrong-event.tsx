import type { CasePatch } from '../../domain/case/case-patch';
import { useEventModel } from '../../hooks/use-event-model';

interface WrongEventProps {
  /** The event the paste holds, which is not the one this tool triages. */
  id: number;
  /** Writes the case and opens the event-log step. */
  onGo: (patch: CasePatch) => void;
}

/**
 * A paste of another event than the one triaged: what that event means, and the step
 * where it counts, rather than a bare "this is not it".
 */
export function WrongEvent({ id, onGo }: WrongEventProps) {
  const model = useEventModel();
  const target = model.event.id;
  const related = model.text.relatedEvents.find((e) => e.id === id);
  return (
    <div
      className="mt-2 rounded border-2 border-amber-700 bg-amber-50 p-3 text-slate-900"
      data-testid="wrong-event"
    >
      <p>
        <strong>
          This is event {id}, not {target}.
        </strong>{' '}
        {related
          ? `Event ${id}${related.name ? ` (${related.name})` : ''} is one of the events that explain a ${target}: ${related.tells}`
          : `Event ${id} is not one this tool knows around a ${target}; it may still be worth reading beside it.`}
      </p>
      <p className="mt-1">
        {related
          ? `Find the ${target} it goes with in the same Application log and paste that here; meanwhile this one counts as evidence on the event-log step.`
          : `Look for the ${target} itself in the Application log of the computer that logged it: the event-log step gives the commands.`}
      </p>
      <button
        type="button"
        className="mt-2 rounded border border-slate-700 bg-white px-3 py-1 font-medium text-slate-900 hover:bg-slate-100"
        onClick={() => onGo({ values: { event: undefined }, ...(related ? { found: [id] } : {}) })}
      >
        {related
          ? `Count event ${id} as found and open the event-log step`
          : `Open the event-log step to find the ${target}`}
      </button>
    </div>
  );
}
