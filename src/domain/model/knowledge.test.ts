import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { caseValues, fillTemplate } from '../commands/fill-command';
import { decodeCode } from '../codes/decode-code';
import { describeDiagnosis } from '../diagnosis/describe-diagnosis';
import { diagnose } from '../diagnosis/diagnose';
import { GUIDE_IDS, guideFile } from '../guides/guide-ids';
import { checkGuide, type Guide } from '../guides/guide-schema';
import { MICROSOFT_URL, sourceFromRef, type Source } from '../sources/sources';
import { ENTSSO_10526 as model } from './entsso-10526';
import { EVENT_MODELS, loadModel } from './registry';

const guide = (id: (typeof GUIDE_IDS)[number]): Guide => {
  const checked = checkGuide(
    JSON.parse(readFileSync(join(process.cwd(), 'public', guideFile(id)), 'utf8')),
    id,
  );
  if (!checked.ok) throw new Error(checked.problems.join('; '));
  return checked.guide;
};
const open = (query: string) => parseLink(new URLSearchParams(query), model).case;
const top = (query: string) => diagnose(model, open(query)).ranked[0]?.cause;
type Shell = 'powershell' | 'cmd';
// Every registered model, so that a new event's commands are held to the same rules.
const MODELS = await Promise.all(EVENT_MODELS.map(loadModel));
/** Every command the tool shows, with its shell: fix steps and checks of every model, and guides. */
const commands = (): Array<{ code: string; shell: Shell }> => [
  ...MODELS.flatMap((m) => [
    ...Object.values(m.text.causes).flatMap((c) =>
      c.fix.flatMap((f) => (f.command ? [f.command] : [])),
    ),
    ...Object.values(m.text.checks).flatMap((c) =>
      c.how.map((h) => ({ code: h.command, shell: h.shell })),
    ),
    ...(m.text.oneAccount
      ? [{ code: m.text.oneAccount.how.command, shell: m.text.oneAccount.how.shell }]
      : []),
  ]),
  ...GUIDE_IDS.flatMap((id) =>
    guide(id).sections.flatMap((s) => s.steps.flatMap((st) => (st.command ? [st.command] : []))),
  ),
];
const allCommands = () => commands().map((c) => c.code);

describe('the nine corrections', () => {
  it('1. names event 10528 SSO_INFO_REENCRYPT_OK', () => {
    expect(model.text.relatedEvents.find((e) => e.id === 10528)?.name).toBe(
      'SSO_INFO_REENCRYPT_OK',
    );
  });

  it('2. reads an HRESULT as a failure flag and an eleven-bit facility, never a warning', () => {
    const d = decodeCode(0x80070005);
    expect(d).toMatchObject({ failure: true, facility: 7 });
    expect(JSON.stringify(d)).not.toMatch(/warning/i);
    expect(decodeCode(0x8ead0001).facility).toBeLessThan(2048);
  });

  it('3. treats SSO offline (0xC0002A10, 10768) as the database out of reach', () => {
    expect(top('code=0xC0002A10')).toBe('sso-db-unavailable');
    expect(top('seen=10768')).toBe('sso-db-unavailable');
    expect(top('seen=10590')).toBe('sso-db-unavailable');
  });

  it("4. moves the master secret server in Microsoft's order: join, back up, rename on the original, restart, restore", () => {
    const move = guide('master-secret-server').sections.find((s) => /^Move/.test(s.title));
    const texts = move?.steps.map((s) => `${s.text} ${s.command?.code ?? ''}`) ?? [];
    const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
    expect(at(/Join an existing SSO system/)).toBe(0);
    expect(at(/-backupSecret/)).toBeGreaterThan(at(/Join an existing/));
    expect(at(/-updatedb/)).toBeGreaterThan(at(/-backupSecret/));
    expect(texts[at(/-updatedb/)]).toMatch(/original master secret server/);
    expect(at(/Restart-Service/)).toBeGreaterThan(at(/-updatedb/));
    expect(at(/-restoreSecret/)).toBeGreaterThan(at(/Restart-Service/));
  });

  it('5. warns that -updatedb from another computer may carry only <secretServer>', () => {
    expect(guide('master-secret-server').cautions.join(' ')).toMatch(
      /not the master secret server.*<secretServer>/,
    );
    expect(model.text.causes['wrong-secret-server-name']?.fix.map((f) => f.text).join(' ')).toMatch(
      /<secretServer>/,
    );
  });

  it('6. reads 0x80070035 and 0x80070043 as a path not found', () => {
    expect(top('code=0x80070035')).toBe('backup-path');
    expect(top('code=0x80070043')).toBe('backup-path');
    expect(decodeCode(0x80070035).meaning).toMatch(/not found/);
    expect(decodeCode(0x80070043).meaning).toMatch(/not found/);
  });

  it('7. after 10520 offers to restore, and to generate only on a system with no data yet', () => {
    const c = open('seen=10520');
    const notes = describeDiagnosis(model, c, diagnose(model, c)).notes.join(' ');
    expect(notes).toMatch(/Restore/);
    expect(notes).toMatch(/only for a new SSO system/);
    const when = guide('generate-master-secret').whenToUse.join(' ');
    expect(when).toMatch(/10520/);
    expect(when).toMatch(/restore its secret instead/);
  });

  it('8. a clustered master secret server answering "not this computer" names the cluster cause', () => {
    expect(top('mss=no&cluster=yes')).toBe('cluster-node');
    expect(top('code=0xC0002A0E&cluster=yes')).toBe('cluster-node');
    expect(model.text.checks.mss?.how.map((h) => h.command)).not.toContain('hostname');
  });

  it('9. restarts ENTSSO with -Force and says what that stops; a cluster restarts it elsewhere', () => {
    for (const command of allCommands().filter((c) => /Restart-Service/.test(c)))
      expect(command).toMatch(/-Force/);
    const said = [
      ...guide('master-secret-server').cautions,
      ...guide('restore-master-secret').sections.flatMap((s) => s.steps.map((st) => st.text)),
    ].join(' ');
    expect(said).toMatch(/host instances/);
    expect(said).toMatch(/Failover Cluster Manager/);
  });
});

describe('sources for every claim', () => {
  const microsoft = (sources: readonly Source[]) =>
    sources.filter((s): s is Extract<Source, { kind: 'microsoft' }> => s.kind === 'microsoft');

  it('every cause and every fix step names at least one source; links are Microsoft https pages', () => {
    for (const [id, cause] of Object.entries(model.text.causes)) {
      expect(cause.sources.length, id).toBeGreaterThan(0);
      for (const s of microsoft(cause.sources)) expect(s.url, id).toMatch(MICROSOFT_URL);
      for (const step of cause.fix) {
        expect(step.sources.length, `${id}: ${step.text}`).toBeGreaterThan(0);
        for (const s of microsoft(step.sources)) expect(s.url).toMatch(MICROSOFT_URL);
      }
    }
  });

  it('every guide step names at least one source, each one this tool can link', () => {
    for (const id of GUIDE_IDS) {
      for (const step of guide(id).sections.flatMap((s) => s.steps)) {
        expect(step.sources.length, `${id}: ${step.text}`).toBeGreaterThan(0);
        for (const ref of step.sources) {
          const source = sourceFromRef(ref);
          expect(source, ref).toBeDefined();
          if (source?.kind === 'microsoft') expect(source.url).toMatch(MICROSOFT_URL);
        }
      }
    }
  });

  it('refuses a source that is not a Microsoft page this tool knows', () => {
    expect(sourceFromRef('learn:../../evil')).toBeUndefined();
    expect(sourceFromRef('learn:not-a-page-we-know')).toBeUndefined();
    expect(sourceFromRef('https://example.com')).toBeUndefined();
    expect(sourceFromRef('event:1')).toBeUndefined();
  });
});

describe('the three facts fill every command that needs them', () => {
  const values = caseValues(
    open(
      'secretserver=SSOCLUSTER&ssoadmins=CONTOSO%5CSSO%20Admins&sqlserver=SQL01%5CBTS&user=CONTOSO%5Cjdoe',
    ),
    model,
  );

  it('leaves no placeholder for a value the case knows', () => {
    const needing = commands().filter((c) => /\{(mss|group|groupname|sqlserver)\}/.test(c.code));
    expect(needing.length).toBeGreaterThan(5);
    for (const { code, shell } of needing) {
      const filled = fillTemplate(code, shell, values);
      expect(filled.complete, code).toBe(true);
      expect(filled.text, code).not.toMatch(/</);
    }
  });

  it('never quotes a placeholder itself: filling quotes each value for its shell', () => {
    for (const { code } of commands()) expect(code).not.toMatch(/['"]\{\w+\}['"]|\\\{\w+\}/);
  });

  it('gives Get-ADGroupMember the group name without DOMAIN\\', () => {
    const how = model.text.checks.ssoadmin?.how.find((h) => /Get-ADGroupMember/.test(h.command));
    expect(fillTemplate(how?.command ?? '', 'powershell', values).text).toContain(
      "-Identity 'SSO Admins'",
    );
  });

  it('gives Add-ADGroupMember the user name without DOMAIN\\, quoted', () => {
    const add = model.text.causes['not-sso-admin']?.fix.find((f) =>
      /Add-ADGroupMember/.test(f.command?.code ?? ''),
    );
    expect(fillTemplate(add?.command?.code ?? '', 'powershell', values).text).toBe(
      "Add-ADGroupMember -Identity 'SSO Admins' -Members 'jdoe'",
    );
  });
});

describe('the audit of December 2026: names and meanings', () => {
  it('E7: the decoder does not play down 0xC0002A24 and 0xC0002A25, which decide an MSDTC cause', () => {
    for (const code of [0xc0002a24, 0xc0002a25]) {
      const meaning = decodeCode(code).meaning;
      expect(meaning).toMatch(/MSDTC/);
      expect(meaning).not.toMatch(/does not usually stop/);
    }
  });

  it('E8: 10537 warns that SSO is disabled; 10583 records that someone disabled it', () => {
    const tells = (id: number) => model.text.relatedEvents.find((e) => e.id === id);
    expect(tells(10537)).toMatchObject({ name: 'SSO_WARN_SSO_DISABLED' });
    expect(tells(10537)?.tells).toMatch(/while the SSO system is disabled/);
    expect(tells(10583)).toMatchObject({ name: 'SSO_INFO_SSO_DISABLED' });
    expect(tells(10583)?.tells).toMatch(/disabled the SSO system/);
  });

  it('names every related event whose Microsoft page gives a symbolic name', () => {
    const unnamed = model.text.relatedEvents.filter((e) => e.name === '').map((e) => e.id);
    // 11016's page prints a garbled name, so it stays blank.
    expect(unnamed).toEqual([11016]);
  });
});
