/**
 * Microsoft's multi-step procedures that the tool's guides and fixes follow, each step in
 * the order its page gives it. The words are ours; page, procedure heading and step
 * number are Microsoft's. A guide or fix step names the entry it follows, and a test
 * holds the tool's order against this one.
 */
export interface ProcedureStep {
  page: string;
  procedure: string;
  step: number;
  does: string;
}

export interface FollowedStep {
  page: string;
  procedure: string;
  step: number;
}

const MOVE = 'how-to-move-the-master-secret-server';
const CHANGE = 'how-to-change-the-master-secret-server';
const CLUSTER = 'how-to-cluster-the-master-secret-server1';
const RESTORE = 'how-to-restore-the-master-secret';
const ADMINS = 'how-to-specify-sso-administrators-and-affiliate-administrators-accounts';

const TO_MOVE = 'To move the master secret from one server to another server';
const TO_PROMOTE =
  'To promote a Single Sign-On Server to master secret server using the command line';
const TO_MOVE_CLUSTER = 'To move the master secret from one server to a Windows Server Cluster';
const TO_RESTORE_NODE = 'To restore the master secret on the second cluster node';
const TO_RESTORE_SNAPIN = 'To restore the master secret using the MMC Snap-In';
const TO_RESTORE_CMD = 'To restore the master secret using the command line';
const TO_DISABLE = 'To disable the Enterprise Single Sign-On system using the command line';
const TO_UPDATE = 'To update the SSO database using the command line';
const TO_ENABLE = 'To enable the Enterprise Single Sign-On system using the command line';
const TROUBLESHOOT = 'troubleshooting-enterprise-single-sign-on';
const TO_CHANGE_ACCOUNT = 'To change the ENTSSO service account';

export const PROCEDURE_STEPS: readonly ProcedureStep[] = [
  { page: MOVE, procedure: TO_MOVE, step: 1, does: 'install Enterprise SSO on the new server' },
  { page: MOVE, procedure: TO_MOVE, step: 2, does: 'configure it to join the existing SSO system' },
  { page: MOVE, procedure: TO_MOVE, step: 3, does: 'back up the existing master secret' },
  {
    page: MOVE,
    procedure: TO_MOVE,
    step: 4,
    does: 'on the original master secret server, load an XML file naming the new server (ssomanage -updatedb)',
  },
  { page: MOVE, procedure: TO_MOVE, step: 5, does: 'restart ENTSSO on the new server' },
  { page: MOVE, procedure: TO_MOVE, step: 6, does: 'restore the backup on the new server' },
  {
    page: MOVE,
    procedure: TO_MOVE_CLUSTER,
    step: 1,
    does: 'cluster Enterprise SSO, joining the existing SSO system, without its restore section',
  },
  { page: MOVE, procedure: TO_MOVE_CLUSTER, step: 2, does: 'copy the backup file to each node' },
  {
    page: MOVE,
    procedure: TO_MOVE_CLUSTER,
    step: 3,
    does: 'with clustered BizTalk hosts, point every BizTalk server at the cluster (ssomanage -serverall)',
  },
  { page: MOVE, procedure: TO_MOVE_CLUSTER, step: 4, does: 'bring the cluster group online' },
  {
    page: MOVE,
    procedure: TO_MOVE_CLUSTER,
    step: 5,
    does: 'with clustered BizTalk hosts, set the SSO Server name in the BizTalk Group properties',
  },
  {
    page: MOVE,
    procedure: TO_MOVE_CLUSTER,
    step: 6,
    does: 'take the clustered ENTSSO offline and bring it online (else the restore may fail)',
  },
  { page: MOVE, procedure: TO_MOVE_CLUSTER, step: 7, does: 'restore the secret on each node' },

  {
    page: CHANGE,
    procedure: TO_PROMOTE,
    step: 1,
    does: 'write an XML file with only the new name',
  },
  { page: CHANGE, procedure: TO_PROMOTE, step: 4, does: 'load it with ssomanage -updatedb' },
  { page: CHANGE, procedure: TO_PROMOTE, step: 5, does: 'restart the new master secret server' },
  { page: CHANGE, procedure: TO_PROMOTE, step: 6, does: 'restore the secret there' },

  { page: CLUSTER, procedure: TO_RESTORE_NODE, step: 1, does: 'bring the SSO cluster role online' },
  { page: CLUSTER, procedure: TO_RESTORE_NODE, step: 2, does: 'move the role to the next node' },
  {
    page: CLUSTER,
    procedure: TO_RESTORE_NODE,
    step: 3,
    does: 'take the clustered ENTSSO offline and bring it online again (else the restore may fail)',
  },
  { page: CLUSTER, procedure: TO_RESTORE_NODE, step: 4, does: 'copy the backup file to that node' },
  { page: CLUSTER, procedure: TO_RESTORE_NODE, step: 5, does: 'sign in to that node' },
  { page: CLUSTER, procedure: TO_RESTORE_NODE, step: 6, does: 'restore the secret there' },
  {
    page: CLUSTER,
    procedure: TO_RESTORE_NODE,
    step: 7,
    does: 'move the role on and back to test failover',
  },

  { page: RESTORE, procedure: TO_RESTORE_SNAPIN, step: 1, does: 'start SSO Administration' },
  {
    page: RESTORE,
    procedure: TO_RESTORE_SNAPIN,
    step: 2,
    does: 'expand Enterprise Single Sign-On',
  },
  { page: RESTORE, procedure: TO_RESTORE_SNAPIN, step: 3, does: 'System, Restore Secret' },
  { page: RESTORE, procedure: TO_RESTORE_CMD, step: 1, does: 'open an elevated command prompt' },
  { page: RESTORE, procedure: TO_RESTORE_CMD, step: 3, does: 'go to the Enterprise SSO folder' },
  { page: RESTORE, procedure: TO_RESTORE_CMD, step: 4, does: 'ssoconfig -restoreSecret' },

  { page: ADMINS, procedure: TO_DISABLE, step: 3, does: 'ssomanage -disablesso' },
  { page: ADMINS, procedure: TO_UPDATE, step: 3, does: 'ssomanage -updatedb with the new account' },
  { page: ADMINS, procedure: TO_ENABLE, step: 3, does: 'ssomanage -enablesso' },

  { page: TROUBLESHOOT, procedure: TO_CHANGE_ACCOUNT, step: 1, does: 'back up the master secret' },
  { page: TROUBLESHOOT, procedure: TO_CHANGE_ACCOUNT, step: 2, does: 'stop ENTSSO' },
  { page: TROUBLESHOOT, procedure: TO_CHANGE_ACCOUNT, step: 3, does: 'change the service account' },
  {
    page: TROUBLESHOOT,
    procedure: TO_CHANGE_ACCOUNT,
    step: 4,
    does: 'start ENTSSO, ignoring errors about a corrupted secret',
  },
  { page: TROUBLESHOOT, procedure: TO_CHANGE_ACCOUNT, step: 5, does: 'restore the master secret' },
];

/** Where a followed step stands in Microsoft's order, or -1 when it names no known step. */
export function procedureIndex(f: FollowedStep): number {
  return PROCEDURE_STEPS.findIndex(
    (p) => p.page === f.page && p.procedure === f.procedure && p.step === f.step,
  );
}
