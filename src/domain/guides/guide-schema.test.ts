import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseValues, fillTemplate } from '../commands/fill-command';
import { parseLink as parseWith } from '../case/link-codec';
import { ENTSSO_10526 as model } from '../model/entsso-10526';
import { EVENT_MODELS, loadModel } from '../model/registry';
import { GUIDE_IDS, guideFile, type GuideId } from './guide-ids';
import { checkGuide, type Guide } from './guide-schema';

const dir = join(process.cwd(), 'public');
const load = (id: GuideId): unknown => JSON.parse(readFileSync(join(dir, guideFile(id)), 'utf8'));

describe('the shipped guide files', () => {
  it('are exactly the six guides, one file each', () => {
    const files = readdirSync(join(dir, 'guides')).sort();
    expect(files).toEqual(GUIDE_IDS.map((id) => `${id}.json`).sort());
  });

  it.each(GUIDE_IDS)('%s matches the guide format', (id) => {
    const checked = checkGuide(load(id), id);
    expect(checked).toMatchObject({ ok: true });
  });

  it.each(GUIDE_IDS)(
    '%s has commands, cautions, checks and an official Microsoft Learn link',
    (id) => {
      const checked = checkGuide(load(id), id);
      if (!checked.ok) throw new Error(checked.problems.join('; '));
      const guide: Guide = checked.guide;
      expect(guide.sections.flatMap((s) => s.steps).some((s) => s.command)).toBe(true);
      expect(guide.official.url).toMatch(
        /^https:\/\/learn\.microsoft\.com\/en-us\/biztalk\/core\//,
      );
      expect(guide.related).not.toContain(id);
    },
  );

  it('is reachable: every guide is linked from a cause or a check of some event', async () => {
    const models = await Promise.all(EVENT_MODELS.map(loadModel));
    const linked = new Set(
      models.flatMap((m) => [
        ...Object.values(m.text.causes).flatMap((c) => c.guides),
        ...Object.values(m.text.checks).map((c) => c.guide),
      ]),
    );
    expect(GUIDE_IDS.filter((id) => !linked.has(id))).toEqual([]);
  });
});

describe('checkGuide', () => {
  const good = () => structuredClone(load('back-up-master-secret')) as Record<string, unknown>;

  it('names the missing and wrong parts', () => {
    const broken = good();
    delete broken.title;
    broken.sections = 'steps';
    const r = checkGuide(broken, 'back-up-master-secret');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContain('title is missing');
      expect(r.problems).toContain('sections must be a list');
    }
  });

  it('refuses a link that is not Microsoft Learn, such as a script: URL', () => {
    const broken = good();
    broken.official = { title: 'x', url: 'javascript:alert(1)' };
    const r = checkGuide(broken, 'back-up-master-secret');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toMatch(/^official\.url must be an https:\/\/learn\.microsoft\.com\//);
  });

  it('refuses placeholders the tool cannot fill, and a file for another guide', () => {
    const broken = good();
    broken.prerequisites = ['Run on {nowhere}'];
    expect(checkGuide(broken, 'back-up-master-secret')).toMatchObject({ ok: false });
    expect(checkGuide(good(), 'generate-master-secret')).toMatchObject({
      ok: false,
      problems: ['id is "back-up-master-secret" but the file is for "generate-master-secret"'],
    });
  });

  it('refuses what is not an object at all', () => {
    for (const data of [null, 42, 'text', []]) {
      expect(checkGuide(data, 'back-up-master-secret')).toMatchObject({ ok: false });
    }
  });
});

const parseLink = (params: URLSearchParams) => parseWith(params, model);

describe('filling the case into guide commands', () => {
  const hostile = parseLink(
    new URLSearchParams({
      user: "CONTOSO\\o'brien$(calc)",
      computer: 'SSO01',
      mss: 'yes',
      backup: 'D:\\bak\\%TEMP%\\"x".bak',
    }),
  ).case;
  const values = caseValues(hostile, model);

  it('quotes user values for PowerShell', () => {
    expect(fillTemplate('Get-Service -ComputerName {mss}', 'powershell', values).text).toBe(
      "Get-Service -ComputerName 'SSO01'",
    );
    expect(fillTemplate('Get-LocalGroupMember {user}', 'powershell', values).text).toBe(
      "Get-LocalGroupMember 'CONTOSO\\o''brien$(calc)'",
    );
  });

  it('refuses what cmd cannot quote and leaves a visible placeholder', () => {
    const filled = fillTemplate('ssoconfig -generateSecret {backup}', 'cmd', values);
    expect(filled.text).toBe(
      '"%CommonProgramFiles%\\Enterprise Single Sign-On\\ssoconfig.exe" -generateSecret <backup file>',
    );
    expect(filled.complete).toBe(false);
    expect(filled.refused.join(' ')).toMatch(/cannot be passed safely/);
  });

  it('puts values into plain text unchanged (the page renders them as text)', () => {
    expect(fillTemplate('Sign in as {user}.', 'text', values).text).toBe(
      "Sign in as CONTOSO\\o'brien$(calc).",
    );
  });

  it('shows placeholders when the guide is opened on its own', () => {
    const alone = fillTemplate('ssoconfig -backupSecret {backup} on {mss}', 'cmd', {});
    expect(alone).toEqual({
      text: '"%CommonProgramFiles%\\Enterprise Single Sign-On\\ssoconfig.exe" -backupSecret <backup file> on <master secret server>',
      complete: false,
      refused: [],
    });
  });

  it('fills every shipped guide command with a normal case, quoted', () => {
    const normal = caseValues(
      parseLink(
        new URLSearchParams(
          'user=CONTOSO%5Cjdoe&computer=SSO01&mss=yes&backup=D%3A%5CSSO%20Backup%5Cs.bak',
        ),
      ).case,
      model,
    );
    for (const id of GUIDE_IDS) {
      const checked = checkGuide(load(id), id);
      if (!checked.ok) throw new Error(id);
      for (const step of checked.guide.sections.flatMap((s) => s.steps)) {
        if (!step.command) continue;
        const filled = fillTemplate(step.command.code, step.command.shell, normal);
        expect(filled.refused).toEqual([]);
        if (step.command.code.includes('{backup}'))
          expect(filled.text).toContain('"D:\\SSO Backup\\s.bak"');
      }
    }
  });
});
