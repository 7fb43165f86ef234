import { CASE_FIELDS } from '../../domain/case/case-fields';
import type { CollectorBlock } from '../../domain/collector/read-block';
import type { MergedBlocks } from '../../domain/collector/merge-blocks';
import type { Role } from '../../domain/model/event-model';

interface CollectorSummaryProps {
  block: CollectorBlock | MergedBlocks;
  conflicts: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Each role in words, as the page says where a block's computer stands. */
const ROLE_WORDS: Readonly<Record<Role, string>> = {
  client: 'where the request was made',
  mss: 'the master secret server',
  node: 'another node of its cluster',
  sql: 'the SQL Server of the SSO database',
  backup: 'where the backup file is',
};

/** The computers a block (or blocks merged) came from, with their roles. */
function sourcesOf(block: CollectorBlock | MergedBlocks) {
  return 'sources' in block
    ? block.sources
    : [
        {
          host: block.host ?? 'a computer the block does not name',
          roles: block.roles,
          rolesWhy: block.rolesWhy,
        },
      ];
}

/** Where computers disagree: neither side is taken, and both are named. */
function disagreements(block: CollectorBlock | MergedBlocks): string[] {
  if (!('disagree' in block)) return [];
  return block.disagree.map(
    ({ param, said }) =>
      `The computers disagree on ${param}: ${said.map((s) => `${s.host} says ${s.value}`).join(', ')}. Neither is taken; check it on the computer it is about.`,
  );
}

/** The answers a block could not give, by the role they are about, and where to get them. */
function elsewhereNotes(block: CollectorBlock): string[] {
  const byRole = new Map<Role, string[]>();
  for (const { check, role } of block.elsewhere)
    byRole.set(role, [
      ...(byRole.get(role) ?? []),
      CASE_FIELDS.find((field) => field.name === check)?.label ?? check,
    ]);
  const mss = block.changes.secretserver;
  return [...byRole].map(
    ([role, checks]) =>
      `Not taken, since ${block.host ?? 'this computer'} is not ${ROLE_WORDS[role]}: ${checks.join(', ')}. ${
        role === 'mss' || role === 'node'
          ? `Run the collector on ${mss ? `${mss}, the master secret server the SSO database names` : 'the master secret server'} for them.`
          : `Run the collector there for them.`
      }`,
  );
}

/** What the collector's block filled in, in the page's words, and where it disagrees with the event. */
export function CollectorSummary({ block, conflicts }: CollectorSummaryProps) {
  const taken = Object.keys(block.changes);
  const fields = CASE_FIELDS.filter((f) => taken.includes(f.name)).map((f) => f.label);
  const seen = block.changes.seen ? block.changes.seen.split(',').length : 0;
  const answers = taken.filter(
    (k) => k !== 'seen' && !CASE_FIELDS.some((f) => f.name === k),
  ).length;
  const parts = [
    fields.length > 0 ? `filled ${fields.join(', ')}` : '',
    answers > 0 ? `answered ${plural(answers, 'check', 'checks')}` : '',
    seen > 0 ? `found ${plural(seen, 'related event', 'related events')}` : '',
  ].filter(Boolean);
  return (
    <div
      className="mb-2 rounded border border-slate-300 bg-white p-3"
      data-testid="collector-summary"
    >
      <ul data-testid="collector-roles">
        {sourcesOf(block).map((source) => (
          <li key={source.host} data-origin={`collector:${source.host}`}>
            From {source.host}:{' '}
            {source.roles.length > 0
              ? source.roles
                  .map(
                    (r) =>
                      `${ROLE_WORDS[r]}${source.rolesWhy[r] ? ` (${source.rolesWhy[r]})` : ''}`,
                  )
                  .join('; ')
              : 'no role in this incident'}
            .
          </li>
        ))}
      </ul>
      <p>
        Read the evidence collector&apos;s output:{' '}
        {parts.length > 0
          ? `it ${parts.join('; ')}. Each value is marked "From the collector" where it is asked.`
          : 'nothing in it could be used.'}
      </p>
      {block.problems.length +
        conflicts.length +
        block.elsewhere.length +
        disagreements(block).length >
      0 ? (
        <ul className="mt-1 list-disc pl-5 text-amber-900" data-testid="collector-notes">
          {[...disagreements(block), ...conflicts, ...elsewhereNotes(block), ...block.problems].map(
            (p) => (
              <li key={p}>{p}</li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}
