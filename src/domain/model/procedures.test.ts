import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuide } from '../guides/guide-schema';
import { isGuideId } from '../guides/guide-ids';
import { PROCEDURE_STEPS, procedureIndex, type FollowedStep } from '../sources/procedures';
import { fixStepApplies } from '../diagnosis/describe-diagnosis';
import { EVENT_MODELS, loadModel } from './registry';

// Every registered model's fixes, so that a new event's procedures keep Microsoft's order too.
const MODELS = await Promise.all(EVENT_MODELS.map(loadModel));
const [model] = MODELS;
if (!model) throw new Error('No models registered.');

const GUIDES = join(process.cwd(), 'public', 'guides');
const guides = readdirSync(GUIDES)
  .map((file) => file.replace(/\.json$/, ''))
  .filter(isGuideId)
  .map((id) => {
    const checked = checkGuide(JSON.parse(readFileSync(join(GUIDES, `${id}.json`), 'utf8')), id);
    if (!checked.ok) throw new Error(`${id}: ${checked.problems.join('; ')}`);
    return checked.guide;
  });

/** Every ordered list of steps: guide sections and cause fixes, with the steps they follow. */
const lists: Array<{ where: string; follows: FollowedStep[] }> = [
  ...guides.flatMap((g) =>
    g.sections.map((s) => ({
      where: `${g.id}: ${s.title}`,
      follows: s.steps.flatMap((step) => (step.follows ? [step.follows] : [])),
    })),
  ),
  ...MODELS.flatMap((model) =>
    Object.entries(model.text.causes).map(([id, text]) => ({
      where: `${model.event.id} cause ${id}`,
      follows: text.fix.flatMap((step) => (step.follows ? [step.follows] : [])),
    })),
  ),
];

/** True when the steps keep Microsoft's order. */
const inOrder = (follows: FollowedStep[]) =>
  follows.map(procedureIndex).every((index, i, all) => i === 0 || index > (all[i - 1] ?? -1));

describe("procedures in Microsoft's order", () => {
  it("names only steps that Microsoft's pages have", () => {
    for (const { where, follows } of lists)
      for (const f of follows)
        expect(procedureIndex(f), `${where}: ${JSON.stringify(f)}`).toBeGreaterThanOrEqual(0);
  });

  it.each(lists.filter((l) => l.follows.length > 1))('$where keeps the order', ({ follows }) => {
    expect(inOrder(follows)).toBe(true);
  });

  it.each(lists.filter((l) => l.follows.length > 1))(
    '$where would fail if two of its steps were swapped',
    ({ follows }) => {
      const swapped = [...follows];
      [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
      expect(inOrder(swapped)).toBe(false);
    },
  );

  it('maps each multi-step procedure the audit names', () => {
    const mapped = (title: RegExp) => lists.find((l) => title.test(l.where))?.follows.length ?? 0;
    expect(mapped(/master-secret-server: Move the role/)).toBe(5);
    expect(mapped(/master-secret-server: Promote another server/)).toBe(4);
    expect(mapped(/master-secret-server: On a cluster: give each other node/)).toBe(5);
    expect(mapped(/restore-master-secret: On a cluster node/)).toBe(5);
    expect(mapped(/restore-master-secret: On a new or rebuilt/)).toBe(2);
    expect(mapped(/restore-master-secret: From the command line/)).toBe(3);
    expect(mapped(/sso-administrators: Name a different group/)).toBe(3);
    expect(mapped(/cause cluster-node/)).toBe(2);
    expect(mapped(/restore-master-secret: When the SSO service account changes/)).toBe(5);
    expect(mapped(/master-secret-server: Move it onto a Windows cluster/)).toBe(7);
    expect(
      mapped(/restore-master-secret: When the SSO service account changes on a clustered/),
    ).toBe(5);
  });

  it('keeps the table itself in page order', () => {
    for (let i = 1; i < PROCEDURE_STEPS.length; i++) {
      const [a, b] = [PROCEDURE_STEPS[i - 1]!, PROCEDURE_STEPS[i]!];
      if (a.page === b.page && a.procedure === b.procedure) expect(b.step).toBeGreaterThan(a.step);
    }
  });
});

describe('the audit of December 2026', () => {
  const guide = (id: string) => guides.find((g) => g.id === id)!;
  const allText = (id: string) => JSON.stringify(guide(id));

  it('E2: restores on a cluster node only after moving the role there and cycling it', () => {
    for (const id of ['master-secret-server', 'restore-master-secret']) {
      const section = guide(id).sections.find(
        (s) =>
          /cluster/i.test(s.title) &&
          s.steps.some((x) => /-restoreSecret/.test(x.command?.code ?? '')),
      );
      const texts = section?.steps.map((x) => x.text) ?? [];
      const restore =
        section?.steps.findIndex((x) => /-restoreSecret/.test(x.command?.code ?? '')) ?? -1;
      expect(texts.findIndex((t) => /move the cluster role/i.test(t))).toBeLessThan(restore);
      expect(texts.findIndex((t) => /offline/.test(t))).toBeLessThan(restore);
    }
    const fix = model.text.causes['cluster-node']?.fix.map((f) => f.text).join(' ') ?? '';
    expect(fix).toMatch(/move the cluster role there, take the ENTSSO resource offline and online/);
  });

  it('E3: no restart after a restore; the restart comes before it on a new server', () => {
    const restore = guide('restore-master-secret');
    for (const section of restore.sections) {
      const codes = section.steps.map((x) => x.command?.code ?? '');
      const restart = codes.findIndex((c) => /Restart-Service/.test(c));
      const restored = codes.findIndex((c) => /-restoreSecret/.test(c));
      if (restart >= 0) expect(restart).toBeLessThan(restored);
    }
  });

  it("E4: the secret server name on a cluster is the role's network name, never the cluster name", () => {
    const words = [
      JSON.stringify(model.text.checks),
      JSON.stringify(model.text.causes),
      allText('master-secret-server'),
    ].join(' ');
    expect(words).not.toMatch(/\(or cluster name\)|holds the cluster network name/);
    expect(model.text.checks.mssname?.question).toMatch(/SSO network name.*not the cluster name/);
  });

  it('E6: disabling SSO says it stops every server, after the prerequisites, and is followed by enable', () => {
    const section = guide('sso-administrators').sections.find((s) =>
      /different group/.test(s.title),
    );
    const steps = section?.steps ?? [];
    const disable = steps.findIndex((x) => /-disablesso/.test(x.command?.code ?? ''));
    expect(steps.findIndex((x) => /10571/.test(x.sources.join(' ')))).toBeLessThan(disable);
    expect(steps[disable]?.caution).toMatch(/every SSO server/);
    expect(steps.findIndex((x) => /-enablesso/.test(x.command?.code ?? ''))).toBeGreaterThan(
      disable,
    );
    const fix = model.text.causes['invalid-sso-admin-account']?.fix ?? [];
    const cmd = fix.findIndex((f) => /-disablesso/.test(f.command?.code ?? ''));
    expect(fix[cmd]?.caution).toMatch(/every SSO server/);
    expect(fix.slice(0, cmd).some((f) => /10571/.test(JSON.stringify(f.sources)))).toBe(true);
  });

  it('E9: -Force restarts the dependents that were running; no "start them again afterwards"', () => {
    const words = [JSON.stringify(model.text.causes), ...guides.map((g) => JSON.stringify(g))].join(
      ' ',
    );
    expect(words).not.toMatch(/start them again afterwards/);
  });

  it('E10: the other SSO servers check every 30 seconds, as the cited page says', () => {
    expect(allText('managing-master-secret')).toMatch(/every 30 seconds/);
    expect(allText('managing-master-secret')).not.toMatch(/once a minute/);
  });
});

/** The service control manager starting, stopping or restarting ENTSSO. */
const SERVICE_CONTROL =
  /\b(?:Start|Stop|Restart)-Service\b[^|;]*\bENTSSO\b|\bnet\s+(?:start|stop)\s+entsso\b/i;
const BY_THE_CLUSTER = /\b(?:Start-ClusterResource|Start-ClusterGroup)\b/;

describe('a clustered ENTSSO is brought online by the cluster (second audit, E6 and M4)', () => {
  it('finds the commands it should', () => {
    expect(SERVICE_CONTROL.test('Invoke-Command -ScriptBlock { Start-Service -Name ENTSSO }')).toBe(
      true,
    );
    expect(SERVICE_CONTROL.test('net stop entsso && net start entsso')).toBe(true);
    expect(SERVICE_CONTROL.test('$hosts | Start-Service')).toBe(false);
    expect(SERVICE_CONTROL.test('Get-Service -Name ENTSSO')).toBe(false);
  });

  const fixes = MODELS.flatMap((m) =>
    Object.entries(m.text.causes).map(([id, text]) => ({ where: `${m.event.id} ${id}`, text })),
  );
  it.each(fixes)(
    '$where: with cluster=yes no step starts ENTSSO as a plain service',
    ({ text }) => {
      const clustered = text.fix.filter((s) => fixStepApplies(s, { answers: { cluster: 'yes' } }));
      const plain = text.fix.filter((s) => fixStepApplies(s, { answers: { cluster: 'no' } }));
      expect(
        clustered.map((s) => s.command?.code ?? '').filter((c) => SERVICE_CONTROL.test(c)),
      ).toEqual([]);
      // Where a plain server gets a service command, a clustered one gets the cluster's way.
      if (plain.some((s) => SERVICE_CONTROL.test(s.command?.code ?? '')))
        expect(clustered.some((s) => BY_THE_CLUSTER.test(s.command?.code ?? ''))).toBe(true);
    },
  );

  it('no guide section about a cluster starts, stops or restarts ENTSSO as a plain service', () => {
    const found = guides.flatMap((g) =>
      g.sections
        .filter((s) => /cluster/i.test(s.title))
        .flatMap((s) =>
          s.steps
            .filter((x) => SERVICE_CONTROL.test(x.command?.code ?? ''))
            .map((x) => `${g.id}: ${s.title}: ${x.command?.code}`),
        ),
    );
    expect(found).toEqual([]);
  });
});

describe('guide steps that change rights or state', () => {
  const CHANGES =
    /\b(?:Add|Remove|Set|New|Start|Stop|Restart|Grant|Enable|Disable)-\w+|-(?:disablesso|enablesso|updatedb|restoreSecret)\b/i;
  it('say what they change before the command', () => {
    const bare = guides.flatMap((g) =>
      g.sections.flatMap((s) =>
        s.steps
          .filter((step) => CHANGES.test(step.command?.code ?? '') && !step.caution)
          .map((step) => `${g.id}: ${step.command?.code}`),
      ),
    );
    expect(bare).toEqual([]);
  });
});
