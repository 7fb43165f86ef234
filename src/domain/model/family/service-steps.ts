import type { FollowedStep } from '../../sources/procedures';
import type { FixStep } from '../event-model';
import { change, ps } from '../fix-steps';

// Starting and restarting ENTSSO, the way every model of the family says it.

/** Only on a clustered master secret server, or only off one (see FixStep.appliesWhen). */
export const onCluster = (s: FixStep): FixStep => ({
  ...s,
  appliesWhen: { check: 'cluster', is: 'yes' },
});
export const offCluster = (s: FixStep): FixStep => ({
  ...s,
  appliesWhen: { check: 'cluster', is: 'no' },
});

/** The clustered ENTSSO resource, found by the service it runs, on any node of its cluster. */
const ENTSSO_RESOURCE =
  "Get-ClusterResource | Where-Object { $_.ResourceType.Name -eq 'Generic Service' -and ($_ | Get-ClusterParameter -Name ServiceName).Value -eq 'ENTSSO' }";

const CLUSTER_PAGE = 'learn:how-to-cluster-the-master-secret-server1';

/** A clustered ENTSSO is started by the cluster, never by the service control manager. */
export const BRING_CLUSTERED_ONLINE: FixStep = onCluster(
  change(
    'Brings the ENTSSO resource online on the node that owns its role; the cluster, not the service control manager, starts it.',
    'On a cluster, bring the ENTSSO resource online through the cluster: in Failover Cluster Manager (the role, then Bring Online), or with this command on any node of that cluster. A Start-Service on a node would start it outside the cluster.',
    [CLUSTER_PAGE],
    ps(`${ENTSSO_RESOURCE} | Start-ClusterResource`),
  ),
);

/** Take the role that holds the clustered ENTSSO offline and online again (cluster page, step 3). */
export const CYCLE_CLUSTERED_ROLE: FixStep = onCluster(
  change(
    'Takes the cluster role that holds ENTSSO offline and brings it online again: everything in that role (its network name, and any BizTalk host in it) stops for a moment.',
    'On a cluster, take the role that holds the ENTSSO resource offline and bring it online again, in Failover Cluster Manager or with this command on any node of that cluster, instead of restarting the service on a node.',
    [CLUSTER_PAGE],
    ps(
      `$role = (${ENTSSO_RESOURCE}).OwnerGroup; Stop-ClusterGroup -Name $role.Name; Start-ClusterGroup -Name $role.Name`,
    ),
  ),
);

/**
 * Restart a plain ENTSSO on this server. Stopping it stops the BizTalk host instances that
 * depend on it, so the command notes the running ones first and starts them again after.
 */
const RESTART_WITH_HOSTS =
  "$hosts = (Get-Service -Name ENTSSO).DependentServices | Where-Object Status -eq 'Running'; Restart-Service -Name ENTSSO -Force; $hosts | Start-Service";

/**
 * Restart ENTSSO on the server a fix names: the service with its running host instances
 * where it is not clustered, the cluster role that holds it where it is.
 */
export function restartEntsso(text: string, refs: string[], follows?: FollowedStep): FixStep[] {
  const plain = offCluster(
    change(
      'Stops ENTSSO on this server for a moment, and with it the BizTalk host instances that depend on it; the command starts again the ones that were running.',
      text,
      refs,
      ps(RESTART_WITH_HOSTS),
    ),
  );
  return [follows ? { ...plain, follows } : plain, CYCLE_CLUSTERED_ROLE];
}
