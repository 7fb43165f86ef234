import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventModel } from '../domain/model/event-model';
import { loadModel } from '../domain/model/registry';
import { TEST_REGISTRY } from './test-registry';

/**
 * Code that serves every event may name no event, cause or check of a particular one:
 * those live in the event's folder under domain/model and reach the rest as data.
 * Exempt: the folders of the models and the registry, the tables of codes and of
 * Microsoft's pages (knowledge of ENTSSO as a whole), and tests.
 */
const SRC = resolve('src');
const EXEMPT = [
  /^domain\/model\/[^/]+\//,
  /^domain\/model\/registry\.ts$/,
  /^domain\/codes\//,
  /^domain\/sources\//,
  /^domain\/test-fixtures\//,
  /^test-support\//,
  /\.(test|bench)\.tsx?$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** What a model names: its event and related events, its causes, checks, rules and notes. */
export interface ModelNames {
  ids: ReadonlySet<string>;
  events: ReadonlySet<number>;
}

export function namesOf(models: readonly EventModel[]): ModelNames {
  const ids = new Set<string>();
  const events = new Set<number>();
  for (const model of models) {
    events.add(model.event.id);
    for (const e of model.text.relatedEvents) events.add(e.id);
    for (const list of [model.causes, model.checks, model.rules, model.notes])
      for (const { id } of list) ids.add(id);
    for (const rule of [...model.rules, ...model.notes])
      for (const t of rule.anyOf) {
        if (t.kind === 'event') events.add(t.event);
        if (t.kind === 'event-without') events.add(t.event).add(t.without);
      }
  }
  return { ids, events };
}

/** The places in a source text that name something of a model; comments are not code. */
export function modelNamesIn(source: string, names: ModelNames): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const [, id] of code.matchAll(/['"`]([a-z][a-z0-9-]*)['"`]/g))
    if (id && names.ids.has(id)) found.push(`'${id}'`);
  for (const [access] of code.matchAll(
    /\banswers(?:\.[A-Za-z_$][\w$]*|\[\s*['"`][^'"`]*['"`]\s*\])/g,
  ))
    found.push(access);
  for (const [number] of code.matchAll(/(?<![\w.])\d{4,6}(?![\w.])/g))
    if (names.events.has(Number(number))) found.push(number);
  return found;
}

// Words that are command placeholders as well as check ids: {mss}, {folder} fill commands.
const PLACEHOLDER_WORDS = new Set(['mss', 'folder']);

describe('generic code names no particular event model', () => {
  let names: ModelNames;
  beforeAll(async () => {
    const all = namesOf(await Promise.all(TEST_REGISTRY.map(loadModel)));
    names = {
      ids: new Set([...all.ids].filter((id) => !PLACEHOLDER_WORDS.has(id))),
      events: all.events,
    };
  });

  it('finds what a probe names, and passes over comments and other words', () => {
    const probe = [
      "if (c.answers.mss === 'yes') return 'not-local-admin';",
      "const later = [10525, 10559].includes(id) || answers['cluster'];",
      '// 10526 and not-elevated in a comment are fine',
      "const other = 'gather' + 65535 + 'https://learn.microsoft.com/x' + 10_000;",
    ].join('\n');
    expect(modelNamesIn(probe, names)).toEqual([
      "'not-local-admin'",
      "'cluster'",
      'answers.mss',
      "answers['cluster']",
      '10525',
      '10559',
    ]);
  });

  it('holds for every file outside the models', () => {
    const offenders = sourceFiles(SRC).flatMap((path) => {
      const name = relative(SRC, path).split('\\').join('/');
      if (EXEMPT.some((re) => re.test(name))) return [];
      const found = modelNamesIn(readFileSync(path, 'utf8'), names);
      return found.length > 0 ? [`${name}: ${found.join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
