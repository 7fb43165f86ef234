import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGuide } from '../guides/guide-schema';
import { isGuideId } from '../guides/guide-ids';
import { ENTSSO_10526 as model } from '../model/entsso-10526';
import { CLAIM_SOURCES, PAGE_QUOTES } from './page-quotes';
import { LEARN_PAGES, sourceFromRef, type Source } from './sources';

const GUIDES = join(process.cwd(), 'public', 'guides');

/** Every sentence the tool says with its sources: fix steps and guide steps. */
const claims: Array<{ where: string; text: string; refs: string[] }> = [
  ...Object.entries(model.text.causes).flatMap(([id, t]) =>
    t.fix.map((step) => ({
      where: `cause ${id}`,
      text: `${step.text} ${step.command?.code ?? ''}`,
      refs: step.sources.map((s: Source) => (s.kind === 'field' ? 'field' : refOf(s.url))),
    })),
  ),
  ...readdirSync(GUIDES)
    .map((f) => f.replace(/\.json$/, ''))
    .filter(isGuideId)
    .flatMap((id) => {
      const g = checkGuide(JSON.parse(readFileSync(join(GUIDES, `${id}.json`), 'utf8')), id);
      if (!g.ok) throw new Error(g.problems.join('; '));
      return g.guide.sections.flatMap((s) =>
        s.steps.map((step) => ({
          where: `guide ${id}`,
          text: `${step.text} ${step.command?.code ?? ''}`,
          refs: step.sources,
        })),
      );
    }),
];

function refOf(url: string): string {
  const event = /single-sign-on-event-(\d{5})$/.exec(url)?.[1];
  if (event && !/single-sign-on-event-10526$/.test(url)) return `event:${event}`;
  const page = url.replace(/^https:\/\/learn\.microsoft\.com\/en-us\/biztalk\/(?:core\/)?/, '');
  return `learn:${page}`;
}

describe('every cited page says what it is cited for', () => {
  it('keeps a quote for each page the tool can cite', () => {
    expect(Object.keys(PAGE_QUOTES).sort()).toEqual(Object.keys(LEARN_PAGES).sort());
    for (const quote of Object.values(PAGE_QUOTES)) expect(quote.length).toBeGreaterThan(5);
  });

  it('refuses a learn: source that is not in the table', () => {
    for (const { where, refs } of claims)
      for (const ref of refs.filter((r) => r.startsWith('learn:')))
        expect(PAGE_QUOTES[ref.slice('learn:'.length)], `${where}: ${ref}`).toBeDefined();
    expect(sourceFromRef('learn:not-in-the-table')).toBeUndefined();
  });

  it.each(CLAIM_SOURCES)('a claim matching $claim cites $source', ({ claim, source }) => {
    const matching = claims.filter((c) => claim.test(c.text));
    expect(matching.length, String(claim)).toBeGreaterThan(0);
    for (const c of matching) expect(c.refs, `${c.where}: ${c.text}`).toContain(source);
  });
});
