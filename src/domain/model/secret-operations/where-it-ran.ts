import type { PicturePart } from '../event-model';

/**
 * The first part of the picture of a generate, a backup or a restore: the computer the
 * tool ran on. Run anywhere but the master secret server (or, clustered, the node that
 * owns its role) is where such a request fails; an answer that it is the right one passes.
 */
export const WHERE_IT_RAN: PicturePart = {
  id: 'where',
  on: 'client',
  label: 'The computer it ran on',
  labelOnYes: { check: 'cluster', label: 'The cluster node it ran on' },
  causes: ['not-master-secret-server', 'cluster-node'],
  checks: ['mss', 'owner'],
};
