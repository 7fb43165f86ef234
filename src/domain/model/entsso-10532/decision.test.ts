import { describe, expect, it } from 'vitest';
import { parseLink } from '../../case/link-codec';
import { diagnose } from '../../diagnosis/diagnose';
import { ruleConflicts } from '../rule-conflicts';
import { ENTSSO_10532_DECISION as model } from './decision';

const diagnosed = (query: string) =>
  diagnose(model, parseLink(new URLSearchParams(`v=1&event=10532&${query}`), model).case);

/**
 * The evidence table for event 10532 (contract additions, 6.3): each row as a link, the
 * causes it lists in order, and whether one of them is decided.
 */
const ROWS: ReadonlyArray<[string, string[], boolean]> = [
  ['svc=no', ['sso-service-unavailable'], true],
  ['mssname=no', ['wrong-secret-server-name'], true],
  ['netname=no', ['cluster-node'], true],
  ['code=0x800706D9&cluster=yes', ['cluster-node'], true],
  ['code=0x800706D9&cluster=yes&mssname=yes', ['cluster-node'], true],
  ['code=0x800706D9&cluster=yes&mssname=no', ['wrong-secret-server-name'], true],
  [
    'code=0x800706D9',
    ['cluster-node', 'wrong-secret-server-name', 'sso-service-unavailable'],
    false,
  ],
  ['code=0x800706D9&cluster=no', ['wrong-secret-server-name', 'sso-service-unavailable'], false],
  ['code=0x800706D9&cluster=no&mssname=yes', ['sso-service-unavailable'], false],
  ['code=0x800706D9&svc=no', ['sso-service-unavailable'], true],
  [
    'code=0x800706BA',
    ['sso-service-unavailable', 'wrong-secret-server-name', 'rpc-blocked'],
    false,
  ],
  [
    'code=0xC0002A0F',
    ['sso-service-unavailable', 'wrong-secret-server-name', 'rpc-blocked'],
    false,
  ],
  ['seen=10767', ['sso-service-unavailable', 'wrong-secret-server-name', 'rpc-blocked'], false],
  ['code=0x800706BA&svc=no', ['sso-service-unavailable'], true],
  ['code=0x800706BA&mssname=no', ['wrong-secret-server-name'], true],
  ['code=0x800706BA&svc=yes&mssname=yes', ['rpc-blocked'], true],
  ['code=0x800706BE', ['sso-service-unavailable', 'rpc-blocked'], false],
  ['code=0x800706BE&svc=no', ['sso-service-unavailable'], true],
  ['code=0x800706BE&svc=yes', ['rpc-blocked'], true],
  ['code=0x800706BF', ['rpc-blocked'], true],
  ['seen=10555', ['rpc-blocked'], true],
  ['seen=10602', ['rpc-blocked'], true],
  ['seen=10613', ['rpc-blocked'], true],
  ['seen=11015', ['rpc-blocked'], true],
  ['rpc=no', ['rpc-blocked'], true],
  [
    'code=0x80070005',
    ['service-account-not-sso-admin', 'service-account-cannot-read-groups', 'rpc-blocked'],
    false,
  ],
  [
    'code=0xC0002A5A',
    ['service-account-not-sso-admin', 'service-account-cannot-read-groups', 'rpc-blocked'],
    false,
  ],
  ['code=0x80070005&svcadmin=no', ['service-account-not-sso-admin'], true],
  ['svcadmin=no', ['service-account-not-sso-admin'], true],
  ['seen=10550', ['service-account-not-sso-admin'], true],
  ['seen=11016', ['service-account-cannot-read-groups'], true],
  ['seen=10520', ['secret-missing'], true],
  ['secretkey=no', ['secret-missing'], true],
  ['secretmatch=no', ['secret-mismatch'], true],
  ['code=0xC0002A1A', ['secret-unreadable'], true],
  ['code=0x8009000B', ['secret-unreadable'], true],
  ['seen=10521', ['secret-unreadable'], true],
  ['seen=10565', ['secret-unreadable'], true],
  ['code=0xC0002A1F', ['sso-service-unavailable', 'secret-missing', 'secret-unreadable'], false],
  ['code=0xC0002A5B', ['sso-service-unavailable', 'secret-missing', 'secret-unreadable'], false],
  ['code=0x80090005', ['sso-service-unavailable', 'secret-missing', 'secret-unreadable'], false],
  ['seen=10783', ['sso-service-unavailable', 'secret-missing', 'secret-unreadable'], false],
  ['seen=10843', ['sso-service-unavailable', 'secret-missing', 'secret-unreadable'], false],
  ['code=0xC0002A1F&svc=no', ['sso-service-unavailable'], true],
  ['code=0xC0002A1F&svc=yes', ['secret-missing', 'secret-unreadable'], false],
  ['code=0xC0002A1F&svc=yes&secretkey=no', ['secret-missing'], true],
  ['code=0xC0002A1F&svc=yes&secretkey=yes', ['secret-unreadable'], true],
  ['code=0xC0002A10', ['sso-db-unavailable'], true],
  ['code=0xC0002A21', ['sso-db-unavailable'], true],
  ['code=0xC0002A5D', ['sso-db-unavailable'], true],
  ['seen=10590', ['sso-db-unavailable'], false],
  ['seen=10768', ['sso-db-unavailable'], false],
  ['code=0xC0002A02', ['sso-disabled'], true],
  ['code=0xC0002A24', ['dtc-unavailable'], true],
  ['code=0xC0002A25', ['dtc-unavailable'], true],
  ['seen=11049', ['dtc-unavailable'], true],
  ['seen=10605', ['dtc-unavailable'], true],
  ['seen=10788', ['dtc-unavailable'], true],
  ['seen=10789', ['dtc-unavailable'], true],
  ['seen=10575', ['wrong-secret-server-name'], false],
  ['', ['unknown', 'sso-service-unavailable', 'wrong-secret-server-name'], false],
  ['code=0x80004005', ['unknown', 'sso-service-unavailable', 'wrong-secret-server-name'], false],
  ['code=0x80004005&svc=yes', ['unknown', 'wrong-secret-server-name'], false],
];

describe('event 10532: the evidence table, row by row', () => {
  it.each(ROWS)('%s lists %j (decided: %s)', (query, causes, decided) => {
    const d = diagnosed(query);
    expect(d.ranked.map((r) => r.cause)).toEqual(causes);
    expect(d.decided).toBe(decided);
  });

  it('holds no rule that names one cause while another lists the same evidence', () => {
    expect(ruleConflicts(model)).toEqual([]);
  });

  it('never names a cause about a person or a backup file', () => {
    const ids = model.causes.map((c) => c.id);
    for (const absent of ['not-elevated', 'not-local-admin', 'not-sso-admin', 'stale-token'])
      expect(ids).not.toContain(absent);
    expect(ids.filter((id) => id.startsWith('backup-'))).toEqual([]);
  });

  it('offers the secret-server checks when nothing names a cause', () => {
    expect(diagnosed('').openChecks).toEqual(
      expect.arrayContaining(['svc', 'mssname', 'rpc', 'cluster']),
    );
  });
});
