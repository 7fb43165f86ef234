import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leavesProject, OutsideProject, PROJECT_ROOT } from './stay-inside';

/**
 * Lines of test, script, config or CI source that point outside the project folder: a
 * path built up from the working folder with `..`, a `../shared` path, or an absolute
 * path into the workplace. Imports between the project's own files are not paths here.
 */
export function pathsLeavingProject(source: string): string[] {
  const patterns = [
    /\b(?:join|resolve)\(\s*(?:process\.cwd\(\)\s*,\s*)?['"`]\.\.(?:['"`]|\/)/,
    /dirname\(\s*process\.cwd\(\)\s*\)/,
    /\.\.[/\\]+shared\b/,
    /['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/,
    /['"`]\/work\//,
  ];
  return source
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => patterns.some((pattern) => pattern.test(line)))
    .map(({ line, index }) => `${index + 1}: ${line.trim()}`);
}

const SOURCE = /\.(?:[cm]?[jt]sx?|json|sh)$/;

function filesUnder(folder: string): string[] {
  return readdirSync(join(PROJECT_ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'samples' ? [] : filesUnder(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

const CHECKED = [
  ...filesUnder('src'),
  ...filesUnder('e2e'),
  ...filesUnder('scripts'),
  ...readdirSync(join(PROJECT_ROOT, '.ci')).map((name) => join('.ci', name)),
  'vite.config.ts',
  'playwright.config.ts',
  'eslint.config.js',
  'package.json',
].filter((path) => path !== relative(PROJECT_ROOT, fileURLToPath(import.meta.url)));

describe('the project reads nothing beside itself', () => {
  it('finds the kinds of path that leave the project', () => {
    expect(
      pathsLeavingProject("const DATA = join(process.cwd(), '..', 'sibling', 'data');"),
    ).toHaveLength(1);
    expect(pathsLeavingProject("readFileSync(resolve('..', 'sibling', 'x.evtx'))")).toHaveLength(1);
    expect(pathsLeavingProject('cp ../shared/data/evtx/*.evtx here')).toHaveLength(1);
    expect(pathsLeavingProject('const root = dirname(process.cwd());')).toHaveLength(1);
    expect(pathsLeavingProject("read('/work/shared/data')")).toHaveLength(1);
    expect(pathsLeavingProject("import { x } from '../domain/case';")).toEqual([]);
    expect(pathsLeavingProject("join(process.cwd(), 'src', 'domain')")).toEqual([]);
  });

  it('has no test, script, config or CI step with such a path', () => {
    expect(CHECKED.length).toBeGreaterThan(50);
    const found = CHECKED.flatMap((path) =>
      pathsLeavingProject(readFileSync(join(PROJECT_ROOT, path), 'utf8')).map(
        (hit) => `${path}:${hit}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('refuses at run time to read a folder beside the project', async () => {
    // Any folder beside the project, whether or not it exists: the guard refuses the path.
    const beside = join(PROJECT_ROOT, '..', 'a-folder-beside-the-project');
    expect(leavesProject(beside)).toBe(true);
    expect(leavesProject(join(PROJECT_ROOT, '..'))).toBe(true);
    expect(() => readdirSync(beside)).toThrow(OutsideProject);
    expect(() => statSync(join(beside, 'README.md'))).toThrow(OutsideProject);
    await expect(readFile(join(beside, 'README.md'))).rejects.toThrow(OutsideProject);
  });

  it('still reads inside the project and outside its parent folder', () => {
    expect(leavesProject(join(PROJECT_ROOT, 'src', 'domain'))).toBe(false);
    expect(leavesProject('package.json')).toBe(false);
    expect(leavesProject('/usr/bin/chromium')).toBe(false);
    expect(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).toContain('"name"');
  });
});
