/**
 * The evidence table for event 10527 (contract additions, 6.4): each row as a link, the
 * causes it lists in order, and whether one of them is decided.
 */
export const ROWS_10527: ReadonlyArray<[string, string[], boolean]> = [
  // The secret on the master secret server.
  ['seen=10520', ['secret-missing'], true],
  ['secretkey=no', ['secret-missing'], true],
  ['seen=10520&cluster=yes', ['secret-missing'], true],
  ['secretmatch=no', ['secret-mismatch'], true],
  ['code=0xC0002A1A', ['secret-unreadable'], false], // audit U3: listed, not decided
  ['code=0x8009000B', ['secret-unreadable'], false], // audit U3: listed, not decided
  ['seen=10521', ['secret-unreadable'], true],
  ['seen=10565', ['secret-unreadable'], true],
  ['code=0xC0002A1F', ['secret-missing', 'secret-unreadable', 'secret-mismatch'], false],
  ['code=0xC0002A5B', ['secret-missing', 'secret-unreadable', 'secret-mismatch'], false],
  ['code=0x80090005', ['secret-missing', 'secret-unreadable', 'secret-mismatch'], false],
  ['seen=10783', ['secret-missing', 'secret-unreadable', 'secret-mismatch'], false],
  ['seen=10843', ['secret-missing', 'secret-unreadable', 'secret-mismatch'], false],
  ['code=0xC0002A1F&secretkey=no', ['secret-missing'], true],
  ['code=0xC0002A1F&secretkey=yes', ['secret-unreadable', 'secret-mismatch'], false],
  ['code=0xC0002A1F&secretkey=yes&secretmatch=no', ['secret-mismatch'], true],
  ['code=0xC0002A1F&secretkey=yes&secretmatch=yes', ['secret-unreadable'], true],
  // The second audit (U4): NTE_BAD_DATA lists, never decides.
  ['code=0x80090005&secretkey=yes&secretmatch=yes', ['secret-unreadable'], false],
  // The requesting account (Client User: a service account).
  ['code=0xC0002A14', ['not-sso-admin'], true],
  ['code=0xC0002A52', ['not-sso-admin'], true],
  ['seen=11009', ['not-sso-admin'], true],
  ['seen=10772', ['not-sso-admin'], true],
  ['seen=10834', ['not-sso-admin'], true],
  ['ssoadmin=no', ['not-sso-admin'], true],
  [
    'code=0xC0002A14&ssoadmin=yes',
    ['service-account-cannot-read-groups', 'group-check-failed'],
    false,
  ],
  ['seen=11016', ['service-account-cannot-read-groups'], true],
  ['seen=11008', ['group-check-failed'], false],
  ['svcadmin=no', ['service-account-not-sso-admin'], true],
  ['seen=10550', ['service-account-not-sso-admin'], true],
  [
    'code=0x80070005',
    ['not-sso-admin', 'service-account-cannot-read-groups', 'rpc-blocked'],
    false,
  ],
  [
    'code=0xC0002A5A',
    ['not-sso-admin', 'service-account-cannot-read-groups', 'rpc-blocked'],
    false,
  ],
  ['code=0x80070005&ssoadmin=no', ['not-sso-admin'], true],
  ['code=0x80070005&svcadmin=no', ['service-account-not-sso-admin'], true],
  ['code=0x80070005&ssoadmin=yes', ['service-account-cannot-read-groups', 'rpc-blocked'], false],
  // The master secret server itself: its cluster name, its restart, its name.
  ['netname=no', ['cluster-node'], true],
  ['code=0xC0002A0E&cluster=yes', ['cluster-node'], true],
  ['seen=10766&cluster=yes', ['cluster-node'], true],
  ['code=0xC0002A0E&restarted=no', ['mss-restart-pending'], true],
  ['seen=10766&restarted=no', ['mss-restart-pending'], true],
  ['code=0xC0002A0E', ['mss-restart-pending', 'wrong-secret-server-name'], false],
  ['seen=10766', ['mss-restart-pending', 'wrong-secret-server-name'], false],
  ['code=0xC0002A0E&restarted=yes', ['wrong-secret-server-name'], false],
  ['code=0xC0002A0E&mssname=no', ['wrong-secret-server-name'], true],
  ['mssname=no', ['wrong-secret-server-name'], true],
  // The path and what the service depends on.
  ['code=0x800706BF', ['rpc-blocked'], true],
  ['seen=10555', ['rpc-blocked'], true],
  ['seen=10613', ['rpc-blocked'], true],
  ['code=0xC0002A10', ['sso-db-unavailable'], true],
  ['code=0xC0002A21', ['sso-db-unavailable'], true],
  ['code=0xC0002A5D', ['sso-db-unavailable'], true],
  ['seen=10590', ['sso-db-unavailable'], false],
  ['seen=10768', ['sso-db-unavailable'], false],
  ['code=0xC0002A02', ['sso-disabled'], true],
  ['code=0xC0002A3E', ['reencrypt-in-progress'], true],
  ['seen=10814', ['reencrypt-in-progress'], true],
  ['code=0xC0002A24', ['dtc-unavailable'], true],
  ['code=0xC0002A25', ['dtc-unavailable'], true],
  ['seen=11049', ['dtc-unavailable'], true],
  ['seen=10605', ['dtc-unavailable'], true],
  ['seen=10788', ['dtc-unavailable'], true],
  ['seen=10789', ['dtc-unavailable'], true],
  // Nothing that names a cause.
  ['', ['unknown'], false],
  ['code=0x80004005', ['unknown'], false],
  ['seen=10531', ['unknown'], false],
];
