import type { Case } from '../case/case';
import { roleOf } from '../model/check-role';
import type { DecisionModel, EventModel, Role } from '../model/event-model';

/** A role in words, as the page names a computer it does not know by name yet. */
export const ROLE_WORDS: Readonly<Record<Role, string>> = {
  client: 'where the request was made',
  mss: 'the master secret server',
  node: 'another node of its cluster',
  sql: 'the SQL Server of the SSO database',
  backup: 'the computer that holds the backup folder',
};

/** The server of a UNC path (\\server\share\file), when the path is one. */
const uncServer = (path: string | undefined) => /^\\\\([^\\/]+)[\\/]/.exec(path ?? '')?.[1];

/** Which values name the computers of a model's case (see `DecisionModel.roleComputers`). */
export type RoleComputers = Pick<DecisionModel, 'roleComputers'>;

/**
 * The computer that plays a role in this case, as far as its evidence names it: the
 * request's computer (where the event was logged, unless the model says otherwise), the
 * master secret server the SSO database records (else the one the event tried, or the
 * model's own word), the SQL Server, the backup file's computer.
 */
export function computerFor(role: Role, c: Case, model: RoleComputers): string | undefined {
  const own = model.roleComputers ?? {};
  const client = c[own.client ?? 'host'];
  switch (role) {
    case 'client':
      return client;
    case 'mss':
      return c.secretserver ?? c.triedserver ?? (own.mss ? c[own.mss] : undefined);
    case 'sql':
      return c.sqlserver;
    case 'backup':
      return uncServer(c.backup) ?? (c.backup ? client : undefined);
    case 'node':
      return undefined;
  }
}

/** "on SSO01 (the master secret server)", or the role alone while its computer is unknown. */
export function whereInWords(role: Role, c: Case, model: RoleComputers): string {
  const computer = computerFor(role, c, model);
  return computer ? `on ${computer} (${ROLE_WORDS[role]})` : `on ${ROLE_WORDS[role]}`;
}

/**
 * Where to run the collector next: on the computer the most telling open question is
 * about, named when the evidence names it. Undefined when that question has an answer.
 */
export function nextCollectorRun(
  model: Pick<EventModel, 'roleComputers' | 'checkRoles' | 'text'>,
  c: Case,
  check: string | undefined,
): string | undefined {
  if (check === undefined || c.answers[check] !== undefined) return undefined;
  const role = roleOf(model, check);
  const question = model.text.checks[check]?.question;
  if (!role || !question) return undefined;
  return `Next: run the collector ${whereInWords(role, c, model)}. Its answer to "${question}" moves this diagnosis most.`;
}
