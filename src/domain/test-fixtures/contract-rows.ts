/** A cause id of the 10526 model. */
type CauseId = string;

/** One case per way into each row of the contract's evidence table, as link parameters. */
export interface ContractCase {
  query: string;
  top: CauseId;
  /** When several causes are candidates, all of these must be listed (and none decided). */
  alsoListed?: CauseId[];
  /** How sure the page may be of the top cause, where the row says. */
  standing?: 'confirmed' | 'indicated' | 'possible';
}

const codes = (top: CauseId, ...list: string[]): ContractCase[] =>
  list.map((c) => ({ query: `v=1&code=${c}`, top }));
const events = (top: CauseId, ...list: number[]): ContractCase[] =>
  list.map((e) => ({ query: `v=1&seen=${e}`, top }));
const answer = (top: CauseId, check: string): ContractCase => ({ query: `v=1&${check}=no`, top });

export const CONTRACT_CASES: readonly ContractCase[] = [
  ...codes('not-sso-admin', '0xC0002A14', '0xC0002A52'),
  ...events('not-sso-admin', 11009, 10772, 10834),
  answer('not-sso-admin', 'ssoadmin'),
  {
    query: 'v=1&code=0xC0002A14&ssoadmin=yes',
    top: 'stale-token',
    alsoListed: ['service-account-cannot-read-groups'],
    standing: 'possible',
  },
  { query: 'v=1&code=0xC0002A52&ssoadmin=yes&relogon=no', top: 'stale-token' },
  {
    query: 'v=1&seen=11009&ssoadmin=yes',
    top: 'stale-token',
    alsoListed: ['service-account-cannot-read-groups'],
  },
  {
    query: 'v=1&code=0xC0002A14&ssoadmin=yes&relogon=yes',
    top: 'service-account-cannot-read-groups',
  },
  { query: 'v=1&seen=10834&ssoadmin=yes&relogon=yes', top: 'service-account-cannot-read-groups' },
  ...events('service-account-cannot-read-groups', 11016),
  ...events('invalid-sso-admin-account', 10517),
  // "Only a local administrator" fits an unelevated administrator as well: both listed.
  ...['code=0xC0002A13', 'seen=10771'].flatMap((evidence): ContractCase[] => [
    {
      query: `v=1&${evidence}`,
      top: 'not-elevated',
      alsoListed: ['not-local-admin'],
      standing: 'possible',
    },
    { query: `v=1&${evidence}&elevated=yes`, top: 'not-local-admin', standing: 'indicated' },
    { query: `v=1&${evidence}&localadmin=yes`, top: 'not-elevated', standing: 'indicated' },
    { query: `v=1&${evidence}&elevated=no`, top: 'not-elevated', standing: 'confirmed' },
    { query: `v=1&${evidence}&localadmin=no`, top: 'not-local-admin', standing: 'confirmed' },
  ]),
  { ...answer('not-local-admin', 'localadmin'), standing: 'confirmed' },
  ...codes('not-elevated', '0x800702E4'),
  answer('not-elevated', 'elevated'),
  { query: 'v=1&code=0x80070005&elevated=no', top: 'not-elevated', standing: 'confirmed' },
  { query: 'v=1&code=0x80070005&localadmin=no', top: 'not-local-admin' },
  { query: 'v=1&code=0x80070005&ssoadmin=no', top: 'not-sso-admin' },
  { query: 'v=1&code=0x80070005&writable=no', top: 'backup-access' },
  { query: 'v=1&code=0xC0002A5A&elevated=no&localadmin=no', top: 'not-elevated' },
  { query: 'v=1&code=0x80070005&elevated=yes&localadmin=no&ssoadmin=no', top: 'not-local-admin' },
  {
    query: 'v=1&code=0x80070005&elevated=yes&localadmin=yes&ssoadmin=no&writable=no',
    top: 'not-sso-admin',
  },
  ...codes('not-master-secret-server', '0xC0002A0E'),
  ...events('not-master-secret-server', 10766),
  answer('not-master-secret-server', 'mss'),
  { query: 'v=1&code=0xC0002A0E&cluster=yes', top: 'cluster-node' },
  { query: 'v=1&seen=10766&cluster=yes', top: 'cluster-node' },
  { query: 'v=1&mss=no&cluster=yes', top: 'cluster-node' },
  { query: 'v=1&code=0x800706D9&cluster=yes', top: 'cluster-node', standing: 'indicated' },
  { query: 'v=1&cluster=yes&owner=no', top: 'cluster-node', standing: 'confirmed' },
  // A passive node holds the secret but does not run the clustered service.
  {
    query: 'v=1&svc=no&cluster=yes',
    top: 'cluster-node',
    alsoListed: ['sso-service-unavailable'],
    standing: 'possible',
  },
  { query: 'v=1&svc=no&cluster=yes&owner=no', top: 'cluster-node', standing: 'confirmed' },
  {
    query: 'v=1&svc=no&cluster=yes&owner=yes',
    top: 'sso-service-unavailable',
    standing: 'confirmed',
  },
  answer('wrong-secret-server-name', 'mssname'),
  { query: 'v=1&seen=10575', top: 'wrong-secret-server-name' },
  { query: 'v=1&seen=10532&svc=yes', top: 'wrong-secret-server-name' },
  ...codes('rpc-blocked', '0x800706BF', '0x800706D9'),
  ...events('rpc-blocked', 10555, 10602, 10613, 11015),
  answer('rpc-blocked', 'rpc'),
  ...['0x800706BA', '0x800706BE'].flatMap((code): ContractCase[] => [
    {
      query: `v=1&code=${code}`,
      top: 'sso-service-unavailable',
      alsoListed: ['rpc-blocked'],
      standing: 'possible',
    },
    { query: `v=1&code=${code}&svc=no`, top: 'sso-service-unavailable', standing: 'confirmed' },
    { query: `v=1&code=${code}&svc=yes`, top: 'rpc-blocked', standing: 'indicated' },
  ]),
  ...codes('dtc-unavailable', '0xC0002A24', '0xC0002A25'),
  ...events('dtc-unavailable', 11049, 10605, 10788, 10789),
  ...codes('backup-media', '0xC0002A07'),
  ...events('backup-media', 10561, 10759),
  answer('backup-media', 'ntfs'),
  ...codes(
    'backup-path',
    '0x80070002',
    '0x80070003',
    '0x8007007B',
    '0x800700A1',
    '0x80070035',
    '0x80070043',
  ),
  answer('backup-path', 'folder'),
  { query: 'v=1&code=0xC0002A20&writable=no', top: 'backup-access' },
  { query: 'v=1&seen=10784&writable=no', top: 'backup-access' },
  { query: 'v=1&seen=10560&writable=no', top: 'backup-access' },
  { query: 'v=1&code=0xC0002A20', top: 'backup-path', alsoListed: ['backup-access'] },
  { query: 'v=1&seen=10784', top: 'backup-path', alsoListed: ['backup-access'] },
  ...codes('backup-disk-full', '0x80070070', '0x80070027'),
  answer('backup-disk-full', 'space'),
  ...codes('backup-file-in-use', '0x80070020', '0x80070050', '0x800700B7'),
  ...codes('backup-password-too-short', '0xC0002A54'),
  ...events('backup-password-too-short', 10836),
  ...codes('reencrypt-in-progress', '0xC0002A3E'),
  ...events('reencrypt-in-progress', 10814, 10562),
  ...codes('sso-service-unavailable', '0xC0002A0F', '0x80070426'),
  ...events('sso-service-unavailable', 10767, 10532),
  answer('sso-service-unavailable', 'svc'),
  { query: 'v=1&code=0xC0002A10', top: 'sso-db-unavailable', standing: 'indicated' },
  ...codes('sso-db-unavailable', '0xC0002A21', '0xC0002A5D'),
  ...events('sso-db-unavailable', 10768, 10590, 10603, 10513, 10514, 10515, 10785),
  answer('sso-db-unavailable', 'db'),
  ...codes('sso-disabled', '0xC0002A02'),
  ...events('sso-disabled', 10754, 10537, 10583),
  // The second audit (U3): these codes fit an unreadable secret but Microsoft does not tie
  // them to it, so they list it as possible and decide nothing.
  ...['0xC0002A1A', '0x8009000B'].map((code): ContractCase => ({
    query: `v=1&code=${code}`,
    top: 'secret-unreadable',
    standing: 'possible',
  })),
  ...events('secret-unreadable', 10565, 10521),
  ...['code=0xC0002A1F', 'code=0xC0002A5B', 'code=0x80090005', 'seen=10783', 'seen=10843'].flatMap(
    (evidence): ContractCase[] => [
      {
        query: `v=1&${evidence}`,
        top: 'sso-service-unavailable',
        alsoListed: ['secret-unreadable'],
      },
      { query: `v=1&${evidence}&svc=no`, top: 'sso-service-unavailable' },
      {
        query: `v=1&${evidence}&svc=yes`,
        top: 'secret-unreadable',
        // The second audit (U4): NTE_BAD_DATA lists the cause, never decides it.
        standing: evidence === 'code=0x80090005' ? 'possible' : 'indicated',
      },
    ],
  ),
  ...events('service-account-not-sso-admin', 10550),
  {
    query: 'v=1&code=0x80070005',
    top: 'not-elevated',
    alsoListed: ['not-local-admin', 'not-sso-admin', 'backup-access'],
    standing: 'possible',
  },
  // The case: access denied and 10771 together name no single cause.
  {
    query: 'v=1&code=0x80070005&seen=10771',
    top: 'not-elevated',
    alsoListed: ['not-local-admin'],
    standing: 'possible',
  },
  { query: 'v=1', top: 'unknown' },
  { query: 'v=1&code=0x80004005', top: 'unknown' },
  { query: 'v=1&code=0x12345678', top: 'unknown' },
  { query: 'v=1&seen=10562,10528', top: 'unknown' },
];
