import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatch, patchFromParams } from '../../src/domain/case/case-patch';
import { parseLink } from '../../src/domain/case/link-codec';
import { readCollectorBlock, readCollectorBlocks } from '../../src/domain/collector/read-block';
import { diagnose } from '../../src/domain/diagnosis/diagnose';
import { EVENT_MODELS, loadDecision, modelFor } from '../../src/domain/model/registry';

/**
 * The collector and the page tested as one: Pester runs every scenario of scenarios.json
 * through the real script under PowerShell (its reads answered from the scenario, every
 * write refused), and each printed block is then read by the page's own block reader and
 * diagnosed by its own models.
 */
interface Scenario {
  id: number;
  name: string;
  expect: { top?: string; notDecided?: string[]; failedBefore?: string };
}

const HERE = join(process.cwd(), 'scripts', 'collector');
const SCENARIOS: Scenario[] = JSON.parse(readFileSync(join(HERE, 'scenarios.json'), 'utf8'));
const CACHE = join(process.cwd(), 'node_modules', '.cache');
const PESTER = join(CACHE, 'pester', 'pester', '5.7.1', 'tools', 'Pester.psd1');
const BLOCKS = join(CACHE, 'collector-blocks');

/** PowerShell 7 where it is: PWSH, the .NET tool, or the path. */
function findPwsh(): string | undefined {
  const tool = join(homedir(), '.dotnet', 'tools', 'pwsh');
  for (const candidate of [process.env.PWSH, tool, 'pwsh'].filter(Boolean) as string[]) {
    const probe = spawnSync(
      candidate,
      ['-NoProfile', '-Command', '$PSVersionTable.PSVersion.ToString()'],
      { encoding: 'utf8' },
    );
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/**
 * Pester from NuGet into the project's cache, restored once by the .NET SDK from a copy
 * of the project file there (so that its build folder stays out of the sources).
 */
function ensurePester(): string | undefined {
  if (existsSync(PESTER)) return PESTER;
  const work = join(CACHE, 'pester-restore');
  mkdirSync(work, { recursive: true });
  copyFileSync(join(HERE, 'pester.csproj'), join(work, 'pester.csproj'));
  const restore = spawnSync(
    'dotnet',
    ['restore', join(work, 'pester.csproj'), '--packages', join(CACHE, 'pester')],
    { encoding: 'utf8' },
  );
  return restore.status === 0 && existsSync(PESTER) ? PESTER : undefined;
}

const pwsh = findPwsh();
const pester = pwsh ? ensurePester() : undefined;
const missing = !pwsh ? 'PowerShell 7 (pwsh)' : !pester ? 'Pester 5.7.1' : undefined;
if (missing) {
  const how =
    'install it with `dotnet tool install --global PowerShell --version 7.6.10` (Pester is then restored from NuGet by this test)';
  console.warn(
    `\n*** THE COLLECTOR'S POWERSHELL SCENARIOS WERE SKIPPED: ${missing} is missing; ${how}. ***\n`,
  );
  // CI installs both, so a skip there is a failure.
  if (process.env.CI) throw new Error(`${missing} is missing on CI: .ci/run installs it.`);
}

describe.skipIf(missing !== undefined)('the collector under PowerShell, read by the page', () => {
  it(`passes every Pester scenario (${SCENARIOS.length}) and the syntax checks`, () => {
    rmSync(BLOCKS, { recursive: true, force: true });
    mkdirSync(BLOCKS, { recursive: true });
    const command = [
      "$PSStyle.OutputRendering = 'PlainText'",
      `Import-Module '${pester}'`,
      '$c = New-PesterConfiguration',
      `$c.Run.Path = '${HERE}'`,
      "$c.Output.Verbosity = 'Normal'",
      '$c.Run.PassThru = $true',
      '$r = Invoke-Pester -Configuration $c',
      'exit $r.FailedCount',
    ].join('; ');
    const run = spawnSync(pwsh!, ['-NoProfile', '-NonInteractive', '-Command', command], {
      encoding: 'utf8',
      env: { ...process.env, COLLECTOR_BLOCKS: BLOCKS },
    });
    const summary = /Tests Passed: \d+, Failed: \d+/.exec(run.stdout);
    console.log(`collector scenarios under ${pwsh}: ${summary?.[0] ?? 'no summary'}`);
    expect(run.status, run.stdout.slice(-4000) + run.stderr).toBe(0);
  }, 180_000);

  for (const scenario of SCENARIOS) {
    const { top, notDecided = [] } = scenario.expect;
    if (top === undefined && notDecided.length === 0) continue;
    it(`${scenario.id}. ${scenario.name}: the page ranks what the block says`, async () => {
      const text = readFileSync(join(BLOCKS, `${scenario.id}.txt`), 'utf8');
      const event = /"event":\s*(\d+)/.exec(text)?.[1];
      const model = await loadDecision(modelFor(event, EVENT_MODELS));
      const block = readCollectorBlock(text, model);
      expect(block.problems).toEqual([]);
      const patch = patchFromParams(
        block.changes,
        model.checks.map((c) => c.id),
      );
      const found = parseLink(applyPatch(new URLSearchParams('v=1'), patch), model).case;
      const result = diagnose(model, found);
      const strong = result.ranked.filter((r) => r.standing === 'confirmed' || r.decisive);
      if (top !== undefined)
        expect(result.ranked[0]?.cause, JSON.stringify(block.changes)).toBe(top);
      for (const cause of notDecided)
        expect(
          strong.map((r) => r.cause),
          `${cause} must not be decided`,
        ).not.toContain(cause);
    });
  }
});

interface Pair {
  name: string;
  blocks: number[];
  event: number;
  top: string;
}
const PAIRS: Pair[] = JSON.parse(readFileSync(join(HERE, 'pairs.json'), 'utf8'));

describe.skipIf(missing !== undefined)('two computers of one incident, read together', () => {
  for (const pair of PAIRS) {
    it(`${pair.name}: together they reach what neither reaches alone`, async () => {
      const model = await loadDecision(modelFor(String(pair.event), EVENT_MODELS));
      const texts = pair.blocks.map((id) => readFileSync(join(BLOCKS, `${id}.txt`), 'utf8'));
      const rank = (text: string) => {
        const block = readCollectorBlocks(text, model);
        const patch = patchFromParams(
          block?.changes ?? {},
          model.checks.map((c) => c.id),
        );
        const found = parseLink(applyPatch(new URLSearchParams('v=1'), patch), model).case;
        const result = diagnose(model, found);
        return { top: result.ranked[0]?.cause, decided: result.decided };
      };
      // In either order, the two blocks decide the cause; neither decides it alone.
      for (const order of [texts, [...texts].reverse()])
        expect(rank(order.join('\n'))).toEqual({ top: pair.top, decided: true });
      for (const text of texts)
        expect(rank(text), text.slice(0, 200)).not.toEqual({ top: pair.top, decided: true });
    });
  }
});
