import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The domain's own tsconfig keeps it pure: these probes are compiled with it, in memory,
 * beside the domain's platform declarations, and must fail where the domain would break.
 */
const DOMAIN = resolve('src/domain');
const config = ts.readConfigFile(join(DOMAIN, 'tsconfig.json'), (f) => ts.sys.readFile(f));
const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, DOMAIN);

function problems(source: string, name = 'probe.ts'): string[] {
  const file = join(DOMAIN, name);
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language, ...rest) =>
    path === file ? ts.createSourceFile(path, source, language) : read(path, language, ...rest);
  const exists = host.fileExists.bind(host);
  host.fileExists = (path) => path === file || exists(path);
  const program = ts.createProgram([file, join(DOMAIN, 'platform.d.ts')], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the domain compiler settings', () => {
  it('accept what the domain uses: ES2022, URLSearchParams, TextDecoder', () => {
    expect(
      problems(
        'export const a = new URLSearchParams("a=1").get("a");\nexport const b = new TextDecoder("utf-16le").decode(new Uint8Array(2));',
      ),
    ).toEqual([]);
  });

  it.each([
    ['globalThis.fetch', 'export const f = () => globalThis.fetch("x");'],
    ['fetch', 'export const f = () => fetch("x");'],
    ['window', 'export const w = window.location.href;'],
    ['document', 'export const d = document.title;'],
    ['sessionStorage', 'export const s = sessionStorage.getItem("x");'],
    ['a Node global', 'export const p = process.env.HOME;'],
  ])('refuse %s', (_name, source) => {
    expect(problems(source).length).toBeGreaterThan(0);
  });

  it('refuse JSX, in a .tsx file too', () => {
    expect(problems('export const x = <div />;', 'probe.tsx').join(' ')).toMatch(/JSX|--jsx/);
  });

  it('include .tsx files, so JSX cannot hide in the domain', () => {
    expect(config.config.include).toContain('./**/*.tsx');
  });
});
