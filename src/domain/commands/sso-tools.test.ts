import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_REGISTRY } from '../../test-support/test-registry';
import { loadModel } from '../model/registry';
import { fillTemplate } from './fill-command';
import { namesSsoToolBare, withSsoFolder } from './sso-tools';

/** Every {command, shell} in a tree of data: a model's words or a guide file. */
function commandsIn(
  node: unknown,
  out: Array<{ command: string; shell: 'cmd' | 'powershell' }> = [],
) {
  if (Array.isArray(node)) for (const item of node) commandsIn(item, out);
  else if (node && typeof node === 'object') {
    // Check commands are { command, shell }; fix-step commands are { code, shell }.
    const { command, code, shell } = node as { command?: unknown; code?: unknown; shell?: unknown };
    const text = typeof command === 'string' ? command : code;
    if (typeof text === 'string' && (shell === 'cmd' || shell === 'powershell'))
      out.push({ command: text, shell });
    for (const value of Object.values(node)) commandsIn(value, out);
  }
  return out;
}

describe('ssomanage and ssoconfig, which are not on the PATH', () => {
  it('are given their folder in the form each shell reads', () => {
    expect(withSsoFolder('ssomanage -displaydb', 'cmd')).toBe(
      '"%CommonProgramFiles%\\Enterprise Single Sign-On\\ssomanage.exe" -displaydb',
    );
    expect(withSsoFolder('ssoconfig -restoreSecret D:\\s.bak', 'powershell')).toBe(
      '& "$env:CommonProgramFiles\\Enterprise Single Sign-On\\ssoconfig.exe" -restoreSecret D:\\s.bak',
    );
    expect(
      withSsoFolder(
        'Invoke-Command -ComputerName x -ScriptBlock { ssomanage -showdb }',
        'powershell',
      ),
    ).toContain(
      '{ & "$env:CommonProgramFiles\\Enterprise Single Sign-On\\ssomanage.exe" -showdb }',
    );
    expect(withSsoFolder('net stop entsso && SSOManage.exe -updatedb x.xml', 'cmd')).toContain(
      '&& "%CommonProgramFiles%\\Enterprise Single Sign-On\\ssomanage.exe" -updatedb',
    );
    // A word in a sentence or a path is not a command.
    expect(withSsoFolder('Write-Output "run ssomanage later"', 'powershell')).toBe(
      'Write-Output "run ssomanage later"',
    );
  });

  it('never show bare in a command of any model or guide, as copied', async () => {
    const commands = commandsIn(await Promise.all(TEST_REGISTRY.map(loadModel)));
    const guides = join(process.cwd(), 'public', 'guides');
    for (const file of readdirSync(guides).filter((f) => f.endsWith('.json')))
      commandsIn(JSON.parse(readFileSync(join(guides, file), 'utf8')), commands);
    const naming = commands.filter((c) => /sso(manage|config)/i.test(c.command));
    expect(naming.length).toBeGreaterThan(20);
    const bare = naming
      .map((c) => fillTemplate(c.command, c.shell, {}).text)
      .filter((text) => namesSsoToolBare(text));
    expect(bare).toEqual([]);
  });
});

describe('a value that names a tool', () => {
  it('is left as it was quoted: the folder goes into the template, never into a value', () => {
    const filled = fillTemplate('ssoconfig -restoreSecret {backup}', 'cmd', {
      backup: 'D:\\a;ssoconfig b.bak',
    });
    expect(filled.text).toBe(
      '"%CommonProgramFiles%\\Enterprise Single Sign-On\\ssoconfig.exe" -restoreSecret "D:\\a;ssoconfig b.bak"',
    );
  });
});
