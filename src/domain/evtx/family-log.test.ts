import { describe, expect, it } from 'vitest';
import { EVENT_MODELS, loadDecision, modelFor } from '../model/registry';
import { FAMILY_LOG, xmlExport } from '../test-fixtures/log-exports';
import { readLog } from './read-log';
import { failuresIn, storyOf } from './story';

const log = readLog(new TextEncoder().encode(xmlExport(FAMILY_LOG)));
const failures = failuresIn(
  log.entsso,
  EVENT_MODELS.map((e) => e.event),
);
const pickOf = async (index: number) => {
  const failure = failures[index];
  if (!failure) throw new Error(`No failure ${index}`);
  return storyOf(log.entsso, await loadDecision(modelFor(String(failure.id))), index, failures);
};

describe('a whole log of the family', () => {
  it('lists the failures of all five events, newest first', () => {
    expect(failures.map((f) => f.id)).toEqual([10526, 10532, 10527, 10524, 10560]);
  });

  it.each([
    [0, { code: '0xC0002A14', user: 'CONTOSO\\jdoe', tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' }],
    [1, { code: '0x800706D9', triedserver: 'SSOCLUSTER' }],
    [
      2,
      {
        code: '0xC0002A1F',
        secretno: '2',
        user: 'CONTOSO\\svc-sso',
        computer: 'BTS01',
        tid: 'cccccccc-1111-2222-3333-444444444444',
        seen: '10520',
      },
    ],
    [
      3,
      {
        code: '0xC0002A1B',
        backup: 'D:\\SSOBackup\\old.bak',
        msid: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
        prevmsid: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
      },
    ],
    [4, { code: '0x80070070', backup: 'D:\\SSOBackup\\secret.bak', user: 'CONTOSO\\jdoe' }],
  ])("reads pick %i by its own event's layout", async (index, expected) => {
    const story = await pickOf(index);
    expect(story.changes).toMatchObject(expected);
    // A field the event does not carry is never filled from another value.
    if (!('tid' in expected)) expect(story.changes.tid).toBeUndefined();
    // The related event logged with the failure is evidence for it.
    if (index === 3) expect(story.changes.seen?.split(',')).toContain('10779');
  });

  it("refuses to read a failure with another event's model", async () => {
    const model = await loadDecision(modelFor('10526'));
    expect(() => storyOf(log.entsso, model, 1, failures)).toThrow(/10532/);
  });
});
