import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Probes for the layer rules in eslint.config.js: each snippet is linted as if it were
 * a file at that place in src, and must be refused (or, for the allowed ones, not).
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${process.cwd()}/${path}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.startsWith('no-restricted'))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const REFUSED: Array<[string, string, string]> = [
  [
    'a .tsx file in the domain importing React',
    'src/domain/probe.tsx',
    "import { useState } from 'react';\nexport const x = useState;",
  ],
  [
    'the domain importing lib dynamically',
    'src/domain/evtx/probe.ts',
    "export const x = () => import('../../lib/readers');",
  ],
  ['the domain importing a hook', 'src/domain/probe.ts', "export * from '../hooks/use-paste';"],
  [
    'the domain touching the document',
    'src/domain/probe.ts',
    'export const x = () => document.title;',
  ],
  ['the domain calling the network', 'src/domain/probe.ts', "export const x = () => fetch('/x');"],
  [
    'the domain starting a worker',
    'src/domain/probe.ts',
    "export const x = () => new Worker('w.js');",
  ],
  [
    'a worker importing a hook',
    'src/workers/probe.worker.ts',
    "export * from '../hooks/use-paste';",
  ],
  ['a worker importing React', 'src/workers/probe.worker.ts', "export * from 'react';"],
  ['lib importing React', 'src/lib/probe.ts', "export { useState } from 'react';"],
  ['lib importing a component', 'src/lib/probe.ts', "export * from '../components/text-field';"],
  [
    'lib importing a hook dynamically',
    'src/lib/probe.ts',
    "export const x = () => import('../hooks/use-paste');",
  ],
  [
    'a hook importing a component',
    'src/hooks/probe.ts',
    "export * from '../components/text-field';",
  ],
  [
    'a component importing a feature',
    'src/components/probe.tsx',
    "export * from '../features/result/result-step';",
  ],
  [
    'a component importing a feature dynamically',
    'src/components/probe.tsx',
    "export const x = () => import('../features/result/result-step');",
  ],
  [
    'the model importing the case',
    'src/domain/model/probe.ts',
    "export * from '../case/case-fields';",
  ],
  [
    'the event reader importing the case',
    'src/domain/event-reader/probe.ts',
    "export const x = () => import('../case/link-codec');",
  ],
  ['the model importing React', 'src/domain/model/probe.ts', "export * from 'react';"],
  [
    'a feature importing another feature',
    'src/features/gather/probe.ts',
    "export * from '../result/result-step';",
  ],
  [
    'a feature importing another feature dynamically',
    'src/features/gather/probe.ts',
    "export const x = () => import('../result/result-step');",
  ],
  [
    'a feature importing the app',
    'src/features/gather/probe.ts',
    "export * from '../../app/router';",
  ],
];

const ALLOWED: Array<[string, string, string]> = [
  ['a component using a hook', 'src/components/probe.tsx', "export * from '../hooks/use-paste';"],
  ['a hook using lib', 'src/hooks/probe.ts', "export * from '../lib/readers';"],
  [
    'lib loading the domain lazily',
    'src/lib/probe.ts',
    "export const x = () => import('../domain/evtx/read-log');",
  ],
  [
    'a worker using the domain',
    'src/workers/probe.worker.ts',
    "export * from '../domain/evtx/read-log';",
  ],
  [
    'a feature using its own files',
    'src/features/gather/probe.ts',
    "export const x = () => import('./open-file');",
  ],
  [
    'the event reader using the leaves below the case',
    'src/domain/event-reader/probe.ts',
    "export * from '../iso-time';\nexport * from '../field-names';",
  ],
  [
    'lib using the query library',
    'src/lib/probe.ts',
    "export { QueryClient } from '@tanstack/react-query';",
  ],
];

describe('the layer rules', () => {
  // Loading ESLint and its plugins takes seconds the first time.
  beforeAll(() => problems('src/domain/warm-up.ts', 'export {};'), 30_000);
  it.each(REFUSED)('refuse %s', async (_name, path, code) => {
    expect(await problems(path, code)).not.toEqual([]);
  });
  it.each(ALLOWED)('allow %s', async (_name, path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });
});
