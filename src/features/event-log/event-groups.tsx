import type { EventGroup, RelatedEvent } from '../../domain/model/event-model';

const GROUP_TITLES: Readonly<Record<EventGroup, string>> = {
  rights: 'Rights of the person generating',
  'secret-server': 'The master secret server and the way to it',
  backup: 'The backup file',
  're-encryption': 'Re-encryption after an earlier change',
  'service-and-database': 'The SSO service, its database and MSDTC',
  secret: 'The secret itself',
  outcome: 'Outcomes',
};

interface EventGroupsProps {
  events: readonly RelatedEvent[];
  seen: ReadonlySet<number>;
  /** The IDs in pasted command output: every other event there was looked for and is absent. */
  looked: ReadonlySet<number> | undefined;
  onToggle: (id: number, on: boolean) => void;
}

/**
 * The related events grouped by what they mean, each group folded with its count, each
 * event found, looked for and not there (when command output was pasted), or not looked.
 */
export function EventGroups({ events, seen, looked, onToggle }: EventGroupsProps) {
  const groups = [...new Set(events.map((e) => e.group))];
  return (
    <fieldset className="mt-4">
      <legend className="text-lg font-semibold">Which related events did you find?</legend>
      <p className="text-sm text-slate-700">
        {looked
          ? 'From the pasted output: found events are ticked; the others were looked for and are not there.'
          : 'Not looked yet: paste the output above, or tick what you find by hand.'}
      </p>
      <div className="mt-2 grid items-start gap-2 md:grid-cols-2">
        {groups.map((group) => {
          const members = events.filter((e) => e.group === group);
          const found = members.filter((e) => seen.has(e.id)).length;
          return (
            <details
              key={group}
              className="rounded border border-slate-300 bg-white"
              data-group={group}
              open={found > 0 || undefined}
            >
              <summary className="cursor-pointer p-2 text-sm font-semibold">
                {GROUP_TITLES[group]}{' '}
                <span className="font-normal text-slate-700">
                  ({found > 0 ? `${found} found` : looked ? 'none found' : 'not looked'} of{' '}
                  {members.length})
                </span>
              </summary>
              <ul className="divide-y divide-slate-200 border-t border-slate-200">
                {members.map((event) => {
                  const id = `seen-${event.id}`;
                  const status = seen.has(event.id)
                    ? 'found'
                    : looked
                      ? 'looked for, not there'
                      : 'not looked';
                  return (
                    <li
                      key={event.id}
                      className="flex items-start gap-3 p-2"
                      data-event-status={status}
                    >
                      <input
                        id={id}
                        type="checkbox"
                        className="mt-1 h-4 w-4 shrink-0 accent-blue-800"
                        checked={seen.has(event.id)}
                        onChange={(e) => onToggle(event.id, e.target.checked)}
                      />
                      {/* min-w-0 and break-words: a long symbolic name wraps on a phone. */}
                      <label htmlFor={id} className="min-w-0 text-sm [overflow-wrap:anywhere]">
                        <span className="font-semibold">{event.id}</span>{' '}
                        {event.name ? (
                          <span className="font-mono text-slate-800">{event.name}</span>
                        ) : null}{' '}
                        <span className="text-slate-700">({status})</span>
                        <span className="block text-slate-700">{event.tells}</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}
