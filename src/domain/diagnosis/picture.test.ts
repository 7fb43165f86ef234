import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { diagnose } from './diagnose';
import { ENTSSO_10526 as model } from '../model/entsso-10526';
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

  it('names the cluster node when the master secret server is clustered', () => {
    const c = parseLink(new URLSearchParams('mss=no&cluster=yes'), model).case;
    const parts = pictureOf(model.text.picture, c, diagnose(model, c));
    expect(parts.find((p) => p.id === 'service')).toMatchObject({
      state: 'failed',
      label: expect.stringMatching(/owning cluster node/),
    });
  });
});
