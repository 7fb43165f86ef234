import type { TextFieldName } from '../../field-names';
import type { Role } from '../event-model';

/**
 * Which computer each check of the family is about, as the contract's table of roles
 * gives it ("Computers and roles"). A model refines it in its own `checkRoles`; every
 * check of every model has exactly one (validateModel).
 */
export const FAMILY_CHECK_ROLES: Readonly<Record<string, Role>> = {
  // The account and window that made the request, and what the requesting computer reaches.
  mss: 'client',
  ssoadmin: 'client',
  elevated: 'client',
  relogon: 'client',
  rpc: 'client',
  svcadmin: 'client',
  // The master secret server (on a cluster, the node that owns the ENTSSO role).
  localadmin: 'mss',
  svc: 'mss',
  cluster: 'mss',
  owner: 'mss',
  netname: 'mss',
  mssname: 'mss',
  secretkey: 'mss',
  secretmatch: 'mss',
  restarted: 'mss',
  db: 'mss',
  // The computer whose disk or share holds the backup file.
  ntfs: 'backup',
  folder: 'backup',
  writable: 'backup',
  space: 'backup',
  filefound: 'backup',
  fileread: 'backup',
  samesecret: 'backup',
};

/**
 * Checks about the master secret server that any node of its cluster reads from the
 * cluster service (the resource, its owner and settings) or the SSO database: a passive
 * node's collector may answer them. What lives on the owning node alone (its secret, its
 * restarts) it may not.
 */
export const READ_FROM_ANY_NODE: ReadonlySet<string> = new Set([
  'cluster',
  'owner',
  'netname',
  'svc',
  'mssname',
]);

/**
 * Facts about one role's computer rather than the incident (the account ENTSSO runs as on
 * the server that asked): a collector block gives them only from a computer playing that role.
 */
export const FACT_ROLES: Readonly<Partial<Record<TextFieldName, Role>>> = {
  svcaccount: 'client',
};
