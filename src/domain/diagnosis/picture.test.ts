import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { diagnose } from './diagnose';
import { ENTSSO_10526 } from '../model/entsso-10526';
import { ENTSSO_10524 } from '../model/entsso-10524';
import { ENTSSO_10527 } from '../model/entsso-10527';
import { ENTSSO_10532 } from '../model/entsso-10532';
import { ENTSSO_10560 } from '../model/entsso-10560';

const model = ENTSSO_10526;
import { pictureOf } from './picture';

const states = (query: string) => {
  const c = parseLink(new URLSearchParams(query), model).case;
  return Object.fromEntries(
    pictureOf(model.text.picture, c, diagnose(model, c)).map((p) => [p.id, p.state]),
  );
};

describe('the picture of where it broke', () => {
  it('marks a confirmed cause failed, checked parts passed, the rest not checked', () => {
    expect(states('space=no&elevated=yes')).toMatchObject({
      backup: 'failed',
      computer: 'passed',
      database: 'unchecked',
    });
  });

  it('never says "failed" on a code alone: evidence points there until an answer confirms it', () => {
    expect(states('code=0xC0002A54&elevated=yes')).toMatchObject({
      backup: 'suspect',
      computer: 'passed',
    });
    expect(states('code=0xC0002A10')).toMatchObject({ database: 'suspect' });
    expect(states('code=0xC0002A10&db=no')).toMatchObject({ database: 'failed' });
  });

  it('marks every part a candidate lives in when nothing is decided', () => {
    expect(states('code=0x80070005')).toMatchObject({ computer: 'suspect', backup: 'suspect' });
    expect(states('code=0x800706BA')).toMatchObject({ rpc: 'suspect', service: 'suspect' });
  });

  it('names the cluster node when the master secret server is clustered, and blames where it ran', () => {
    const c = parseLink(new URLSearchParams('mss=no&cluster=yes'), model).case;
    const parts = pictureOf(model.text.picture, c, diagnose(model, c));
    expect(parts.find((p) => p.id === 'where')).toMatchObject({
      state: 'failed',
      label: 'The cluster node it ran on',
    });
    expect(parts.find((p) => p.id === 'service')).toMatchObject({
      state: 'unchecked',
      label: expect.stringMatching(/owning cluster node/),
    });
  });

  it.each([ENTSSO_10526, ENTSSO_10560, ENTSSO_10524])(
    'on a passive node says only what was seen: where it ran failed, RPC and the owner untested ($event.id)',
    (event) => {
      // The collector on a passive node: clustered, this node does not own the role, the
      // name the database records is right. Nothing tested RPC or the owner's ENTSSO.
      const c = parseLink(new URLSearchParams('cluster=yes&owner=no&mssname=yes'), event).case;
      const parts = Object.fromEntries(
        pictureOf(event.text.picture, c, diagnose(event, c)).map((p) => [p.id, p.state]),
      );
      expect(parts['where']).toBe('failed');
      expect(parts['service']).toBe('unchecked');
      expect(parts['rpc'] ?? 'unchecked').toBe('unchecked');
    },
  );

  it('passes no part on an answer that only says where things are', () => {
    for (const event of [ENTSSO_10526, ENTSSO_10560, ENTSSO_10524, ENTSSO_10532, ENTSSO_10527]) {
      const c = parseLink(new URLSearchParams('cluster=yes&mssname=yes'), event).case;
      const passed = pictureOf(event.text.picture, c, diagnose(event, c))
        .filter((p) => p.state === 'passed')
        .map((p) => p.id);
      // 10527 is logged on the server the name should name: there it says this server is right.
      expect(passed, String(event.event.id)).toEqual(event.event.id === 10527 ? ['service'] : []);
    }
  });
});
