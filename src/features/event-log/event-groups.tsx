import type { EventGroup, RelatedEvent } from '../../domain/model/event-model';

const GROUP_TITLES: Readonly<Record<EventGroup, string>> = {
  rights: 'Rights of the account that made the request',
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
  /** Where `looked` came from, in words ("the pasted output"). */
  lookedIn?: string;
  onToggle: (id: number, on: boolean) => void;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const number = (n: number) => NUMBER_WORDS[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (n: number, one: string, many: string) =>
  capital(`${number(n)} ${n === 1 ? one : many}`);

/** A group's counter in words: "2 of 5 found", "none of 8 found", "8 events, not looked for". */
function groupCount(found: number, of: number, looked: boolean): string {
  if (found > 0) return `${found} of ${of} found`;
  return looked ? `none of ${of} found` : `${of} events, not looked for yet`;
}

/**
 * The related events grouped by what they mean, each group folded with its count, each
 * event found, looked for and not there (when command output was pasted), or not looked.
 */
export function EventGroups({
  events,
  seen,
  looked,
  lookedIn = 'the pasted output',
  onToggle,
}: EventGroupsProps) {
  const groups = [...new Set(events.map((e) => e.group))];
  return (
    <fieldset className="mt-4">
      <legend className="text-lg font-semibold">Which related events did you find?</legend>
      <p className="text-sm text-slate-700">
        {looked
          ? `From ${lookedIn}: found events are ticked; the others were looked for and are not there.`
          : seen.size > 0
            ? `${words(seen.size, 'event is', 'events are')} ticked as found (from a paste, an opened log, the collector or by hand). The others have not been looked for here: paste the command output above to check them all.`
            : 'None looked for yet: paste the output of a command above, or tick what you find by hand.'}
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
                  ({groupCount(found, members.length, looked !== undefined)})
                </span>
              </summary>
              <ul className="divide-y divide-slate-200 border-t border-slate-200">
                {members.map((event) => {
                  const id = `seen-${event.id}`;
                  const status = seen.has(event.id)
                    ? 'found'
                    : looked
                      ? 'looked for, not there'
                      : 'not looked for yet';
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
