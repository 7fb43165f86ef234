import { describe, expect, it } from 'vitest';
import { parseLink } from '../../case/link-codec';
import { diagnose } from '../../diagnosis/diagnose';
import { ruleConflicts } from '../rule-conflicts';
import { ENTSSO_10532_DECISION as model } from './decision';
import { ROWS_10532 as ROWS } from '../../test-fixtures/contract-rows-10532';

const diagnosed = (query: string) =>
  diagnose(model, parseLink(new URLSearchParams(`v=1&event=10532&${query}`), model).case);

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
