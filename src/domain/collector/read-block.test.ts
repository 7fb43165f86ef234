import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Language, Parser } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { parseLink } from '../case/link-codec';
import { diagnose } from '../diagnosis/diagnose';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { EVENT_MODELS, loadDecision } from '../model/registry';
import { ENTSSO_10532_DECISION } from '../model/entsso-10532/decision';
import { roleOf } from '../model/check-role';
import { READ_FROM_ANY_NODE } from '../model/family/check-roles';
import {
  collectorBlock,
  NOT_ELEVATED_BLOCK,
  PROMPT_NOISE,
} from '../test-fixtures/collector-blocks';
import { splitBlock } from './markers';
import { blockConflicts, readCollectorBlock, repeatedTopLevelKeys } from './read-block';

const read = (text: string) => {
  const { block } = splitBlock(text);
  if (!block) throw new Error('no block');
  return readCollectorBlock(block, model);
};

describe('the collector block reader', () => {
  it('finds the block in console noise and fills every field and answer it carries', () => {
    const r = read(`${PROMPT_NOISE}${NOT_ELEVATED_BLOCK}\nPS C:\\Users\\jdoe> `);
    expect(r.problems).toEqual([]);
    expect(r.changes).toMatchObject({
      user: 'CONTOSO\\jdoe',
      computer: 'SSO01',
      code: '0x80070005',
      tid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      elevated: 'no',
      secretserver: 'SSO01',
      seen: '10771',
    });
    expect(r.detail.elevated).toMatch(/High Mandatory Level/);
    expect(r.detail.svc).toBe('');
    const c = parseLink(new URLSearchParams(r.changes), model).case;
    const d = diagnose(model, c);
    expect(d.ranked[0]?.cause).toBe('not-elevated');
    expect(d.decided).toBe(true);
  });

  it('keeps a probe that could not tell out of the case', () => {
    const r = read(
      collectorBlock({ user: 'CONTOSO\\x', details: { ssoadmin: 'not answered: x' } }),
    );
    expect(r.changes).toEqual({ user: 'CONTOSO\\x' });
  });

  it('says so when it removed direction or invisible characters from a value', () => {
    const block = collectorBlock({ user: 'CONTOSO\\jd\u202Eoe', code: '0xC0002A14' });
    const read = readCollectorBlock(block, model);
    expect(read.changes.user).toBe('CONTOSO\\jdoe');
    expect(read.problems).toEqual([
      'Client user: Invisible formatting or direction characters were removed.',
    ]);
  });

  it('leaves out hostile or malformed values, each with the reason', () => {
    const r = read(
      collectorBlock({
        user: '<img src=x onerror=alert(1)>',
        computer: 'SSO\n01',
        host: 42,
        elevated: 'maybe',
        code: 'zzz',
        time: '2024-02-31T10:00:00Z',
        seen: 'all',
        secretserver: 'SS\u202eO01',
      }),
    );
    expect(r.changes.user).toBe('<img src=x onerror=alert(1)>');
    expect(r.changes.secretserver).toBe('SSO01');
    expect(r.changes).not.toHaveProperty('computer');
    expect(r.changes).not.toHaveProperty('elevated');
    expect(r.problems.join('\n')).toMatch(/Client computer .* left out: .*line break/);
    expect(r.problems.join('\n')).toMatch(/Logged on computer 42 was left out: it is not text/);
    expect(r.problems.join('\n')).toMatch(/elevated = "maybe"/);
    expect(r.problems.join('\n')).toMatch(/not a date on the calendar/);
    expect(r.problems.join('\n')).toMatch(/seen was left out/);
  });

  it('says what is wrong with a cut-off, broken or foreign block, and takes nothing', () => {
    const cut = NOT_ELEVATED_BLOCK.slice(0, 200);
    expect(read(cut)).toMatchObject({
      changes: {},
      problems: [expect.stringMatching(/no END line/)],
    });
    const broken = NOT_ELEVATED_BLOCK.replace('"user"', 'user');
    expect(read(broken).problems[0]).toMatch(/not valid JSON/);
    expect(read(collectorBlock({ format: 'other/9' })).problems[0]).toMatch(/format "other\/9"/);
  });

  it('says when the block describes another computer or an older moment than the event', () => {
    const r = read(NOT_ELEVATED_BLOCK);
    expect(
      blockConflicts(r, { id: 10526, computer: 'sso01.contoso.com', time: '2024-03-05T14:07:12Z' }),
    ).toEqual([]);
    const conflicts = blockConflicts(r, {
      id: 10526,
      computer: 'SSO02',
      time: '2024-03-06T09:00:00Z',
    });
    expect(conflicts[0]).toMatch(/ran on SSO01, but the failed request came from SSO02/);
    expect(conflicts[1]).toMatch(
      /newest 10526 the collector found .* older than the event entered/,
    );
  });

  it('takes nothing from a block that names a key twice, however the key is written', () => {
    const body = NOT_ELEVATED_BLOCK.replace(
      '"format": "entsso-triage/1",',
      '"format": "other/2", "form\\u0061t": "entsso-triage/1",',
    );
    expect(body).not.toBe(NOT_ELEVATED_BLOCK);
    const r = read(body);
    expect(r.changes).toEqual({});
    expect(r.problems[0]).toMatch(/names "format" more than once/);
    const answers = read(
      NOT_ELEVATED_BLOCK.replace('"elevated": "no",', '"elevated": "no", "elevated": "yes",'),
    );
    expect(answers.changes).toEqual({});
    expect(answers.problems[0]).toMatch(/"elevated" more than once/);
  });

  it('reads a key repeated only inside details or an event, or in a string, as usual', () => {
    const r = read(
      collectorBlock({
        user: 'CONTOSO\\jdoe "user": x',
        details: { user: 'a' },
        events: [{ id: 10526, time: 't', message: 'user' }],
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.changes.user).toBe('CONTOSO\\jdoe "user": x');
  });

  it('finds exactly the repeated top-level keys of any JSON object', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd"', 'é'), fc.jsonValue()), {
          maxLength: 8,
        }),
        fc.constantFrom('', ' ', '\n  '),
        (pairs, space) => {
          const json = `{${pairs
            .map(([k, v]) => `${space}${JSON.stringify(k)}${space}:${space}${JSON.stringify(v)}`)
            .join(',')}${space}}`;
          const counts = new Map<string, number>();
          for (const [k] of pairs) counts.set(k, (counts.get(k) ?? 0) + 1);
          const expected = [...counts].filter(([, n]) => n > 1).map(([k]) => k);
          expect(repeatedTopLevelKeys(json).sort()).toEqual(expected.sort());
        },
      ),
    );
  });

  it('names the seen entries it leaves out', () => {
    const r = read(collectorBlock({ seen: [10771, 'x', 10500, -3, 10525, null] }));
    expect(r.changes.seen).toBe('10525,10771');
    // 10500 is a real ENTSSO event this tool does not need: skipped without a word.
    expect(r.problems).toEqual(['seen entries left out (not event numbers): "x", -3, null.']);
  });

  it('takes nothing from two blocks pasted together, and reads neither as event text', () => {
    const other = collectorBlock({ user: 'CONTOSO\\other', elevated: 'yes' });
    for (const text of [
      `${PROMPT_NOISE}${NOT_ELEVATED_BLOCK}\nPS> \n${other}\n`,
      `${NOT_ELEVATED_BLOCK}\n${other.slice(0, 80)}`,
    ]) {
      const { block, rest } = splitBlock(text);
      expect(rest).not.toContain('ENTSSO TRIAGE');
      expect(rest).not.toContain('"elevated"');
      const r = read(text);
      expect(r.changes).toEqual({});
      expect(r.problems).toEqual([expect.stringMatching(/holds 2 collector blocks/)]);
      expect(block?.startsWith('-----BEGIN')).toBe(true);
    }
  });

  it('never throws, whatever sits between the markers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (inner) => {
        read(`-----BEGIN ENTSSO TRIAGE-----${inner}-----END ENTSSO TRIAGE-----`);
      }),
    );
  });
});

describe('the collector script', () => {
  const script = readFileSync(join(process.cwd(), 'public/collector/entsso-triage.ps1'), 'utf8');
  // Comments and strings may name anything; code may not.
  const code = script
    .replace(/<#[\s\S]*?#>/g, '')
    .replace(/#.*$/gm, '')
    .replace(/'[^'\n]*'/g, "''")
    .replace(/"[^"\n]*"/g, '""');

  it('parses with a real PowerShell grammar, with no error node', async () => {
    await Parser.init();
    const language = await Language.load(
      join(process.cwd(), 'node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm'),
    );
    const parser = new Parser();
    parser.setLanguage(language);
    const tree = parser.parse(script);
    expect(tree?.rootNode.hasError).toBe(false);
  });

  it('changes nothing: no state-changing cmdlet, registry write, file write or ssoconfig action', () => {
    expect(code).not.toMatch(
      /\b(Set|New|Remove|Stop|Start|Restart|Clear|Rename|Move|Copy|Add-Content|Out-File|Export|Invoke-WebRequest|Invoke-RestMethod)-\w+/i,
    );
    expect(code).not.toMatch(/\bssoconfig\b/i);
    expect(code).not.toMatch(
      /\b(reg(\.exe)?\s+(add|delete|import)|sc(\.exe)?\s+(config|stop|start|delete))\b/i,
    );
    expect(code).not.toMatch(/(?<![-\w])>>?\s*\S/);
    expect(code).not.toMatch(/\[System\.IO\.File\]::Write|\.Save\(|WriteAllText/i);
  });

  it('names every network use it makes, and what to do where only signed scripts run', () => {
    const help = /<#([\s\S]*?)#>/.exec(script)?.[1] ?? '';
    expect(help).not.toMatch(/only\s+network use/i);
    expect(help).toMatch(/SSO database settings come from the SSO server/);
    expect(help).toMatch(/Active Directory/);
    expect(help).toMatch(/cluster\s+service/);
    expect(help).toMatch(/SHA-256[\s\S]*Get-FileHash/);
  });

  it('never answers mss from the SSOSS key alone (every cluster node has one)', () => {
    const mssAnswers = script.match(/Answer 'mss' [^\n]*/g) ?? [];
    expect(mssAnswers).toHaveLength(1);
    expect(mssAnswers[0]).toMatch(/\$isMss/);
    expect(script).not.toMatch(/Answer 'mss' \$holdsSecret/);
  });

  it('leaves ntfs unanswered for a network share: a candidate, not a decisive answer', () => {
    expect(script).toMatch(/Unknown 'ntfs' 'a network share/);
    expect(script).not.toMatch(/Answer 'ntfs' \$false 'a network share/);
  });

  it("reads each triaged event's values in that event's own order", async () => {
    const table = /\$layout = @\{([\s\S]*?)\n\s*\}\[/.exec(script)?.[1] ?? '';
    const rows = new Map(
      [...table.matchAll(/(\d{5}) = @\(([^)]*)\)/g)].map(([, id, list]) => [
        Number(id),
        [...(list ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1] ?? ''),
      ]),
    );
    expect([...rows.keys()].sort()).toEqual(EVENT_MODELS.map((e) => e.event).sort());
    for (const entry of EVENT_MODELS) {
      const { layout } = (await loadDecision(entry)).event;
      const row = rows.get(entry.event) ?? [];
      expect(row, String(entry.event)).toHaveLength(layout.length);
      // A blank is a value the script leaves to its own probe (the window's user and computer).
      row.forEach((name, i) => {
        if (name) expect(name, `${entry.event} value ${i + 1}`).toBe(layout[i]);
      });
      expect(row, String(entry.event)).toContain('code');
    }
  });

  // Where each probe may answer (a cluster, the secret, the restart, fileread, a 10527's
  // window answers) is proven by running the script: scripts/collector/scenarios.json.

  it('uses only what Windows PowerShell 5.1 has', () => {
    expect(code).not.toMatch(/\?\?|\?\.|&&|\|\||-Parallel|\bclean\s*\{/);
    // No ternary: a ? b : c.
    expect(code).not.toMatch(/\)\s*\?\s*[^\s]/);
  });

  it('is under 650 lines (one file read top to bottom: seams, then probes), each probe with a comment that names its answer', () => {
    expect(script.split('\n').length).toBeLessThan(650);
    for (const key of [
      'elevated',
      'mss',
      'localadmin',
      'ssoadmin',
      'cluster',
      'owner',
      'mssname',
      'svc',
      'db',
      'rpc',
      'ntfs',
      'seen',
      'netname',
      'secretkey',
      'secretmatch',
      'restarted',
      'svcadmin',
      'filefound',
      'fileread',
    ])
      expect(script, key).toMatch(new RegExp(`^\\s*# .*-> .*\\b${key}\\b`, 'm'));
  });
});

describe('a block speaks for the roles its computer plays', () => {
  const m32 = ENTSSO_10532_DECISION;

  it("takes no answer about the master secret server from a BizTalk server's block", () => {
    const block = readCollectorBlock(
      collectorBlock({
        host: 'BTS01',
        roles: ['client'],
        rolesWhy: { client: 'this computer logged the 10532' },
        cluster: 'no',
        secretkey: 'no',
        rpc: 'yes',
        svcadmin: 'yes',
      }),
      m32,
    );
    expect(block.changes).toMatchObject({ rpc: 'yes', svcadmin: 'yes' });
    expect(block.changes.cluster).toBeUndefined();
    expect(block.elsewhere).toEqual([
      { check: 'cluster', role: 'mss' },
      { check: 'secretkey', role: 'mss' },
    ]);
    expect(block.host).toBe('BTS01');
  });

  it('takes the ENTSSO account of the asking server only from the server that asked', () => {
    const asker = readCollectorBlock(
      collectorBlock({ host: 'BTS01', roles: ['client'], svcaccount: 'CONTOSO\\svc-sso' }),
      m32,
    );
    expect(asker.changes.svcaccount).toBe('CONTOSO\\svc-sso');
    const mss = readCollectorBlock(
      collectorBlock({ host: 'SSO01', roles: ['mss'], svcaccount: 'CONTOSO\\svc-sso' }),
      m32,
    );
    expect(mss.changes.svcaccount).toBeUndefined();
    expect(mss.elsewhere).toEqual([{ check: 'svcaccount', role: 'client' }]);
  });

  it("lets a passive node answer what the cluster service tells, not the owner's secret", () => {
    const block = readCollectorBlock(
      collectorBlock({ roles: ['node'], cluster: 'yes', owner: 'no' }),
      model,
    );
    expect(block.changes).toMatchObject({ cluster: 'yes', owner: 'no' });
    expect(block.elsewhere).toEqual([]);
    const on10532 = readCollectorBlock(
      collectorBlock({ roles: ['node'], cluster: 'yes', secretkey: 'yes' }),
      m32,
    );
    expect(on10532.elsewhere).toEqual([{ check: 'secretkey', role: 'mss' }]);
  });

  it('reads an older block (no roles) as from where the request was made, the master secret server only when it said so', () => {
    const old = readCollectorBlock(collectorBlock({ cluster: 'no', rpc: 'no' }), m32);
    expect(old.roles).toEqual(['client', 'backup']);
    expect(old.changes.cluster).toBeUndefined();
    expect(readCollectorBlock(NOT_ELEVATED_BLOCK, model).changes.cluster).toBe('no');
  });

  it('never takes an answer about a role the block does not claim, whatever it claims (property)', () => {
    const roles = fc.subarray(['client', 'mss', 'node', 'sql', 'backup'] as const);
    const answer = fc.constantFrom('yes', 'no');
    const checks = fc.dictionary(fc.constantFrom(...m32.checks.map((c) => c.id)), answer);
    fc.assert(
      fc.property(roles, checks, (claimed, answers) => {
        const block = readCollectorBlock(collectorBlock({ roles: claimed, ...answers }), m32);
        for (const check of Object.keys(answers)) {
          const role = roleOf(m32, check);
          const speaks =
            role !== undefined &&
            ((claimed as readonly string[]).includes(role) ||
              (role === 'mss' && claimed.includes('node') && READ_FROM_ANY_NODE.has(check)));
          expect(check in block.changes, check).toBe(speaks);
          expect(block.elsewhere.some((e) => e.check === check)).toBe(!speaks);
        }
      }),
      { numRuns: 500 },
    );
  });
});
