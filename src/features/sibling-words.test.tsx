// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCode } from '../domain/codes/decode-code';
import { stepsOf } from '../domain/diagnosis/wizard-steps';
import { EVENT_MODELS, loadDecision } from '../domain/model/registry';
import { STEP_TABLE } from '../domain/steps';
import { renderStep } from '../test-support/render-step';

afterEach(cleanup);

/**
 * The only places a sibling's page may speak of generating: warnings not to generate a
 * secret as another action, and what follows a generation elsewhere (10814's resync).
 */
const ABOUT_ANOTHER_ACTION = [
  /do not generate a new secret/gi,
  /or generate a secret, while the warning lasts/gi,
  /Generate a new secret only for a new SSO system/gi,
  /generate one only for a new system/gi,
  /After a new secret is generated/gi,
];

function wordsOfAnotherEvent(text: string): string[] {
  const rest = ABOUT_ANOTHER_ACTION.reduce((t, allowed) => t.replace(allowed, ' '), text);
  return [...rest.matchAll(/.{0,50}(?:10526|generat).{0,50}/gi)].map((m) => m[0]);
}

function textWithoutFamily(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  copy.querySelector('[data-testid="family"]')?.remove();
  return copy.textContent ?? '';
}

const SIBLINGS = EVENT_MODELS.filter((entry) => entry.event !== 10526);

describe("a sibling's case speaks of its own event", () => {
  it('knows a leftover when it sees one (the probe)', () => {
    expect(wordsOfAnotherEvent('Rights of the person generating the secret')).toHaveLength(1);
    expect(wordsOfAnotherEvent('as event 10526 says')).toHaveLength(1);
    expect(wordsOfAnotherEvent('and do not generate a new secret: running work')).toEqual([]);
  });

  it.each(SIBLINGS.map((entry) => [entry.event, entry] as const))(
    'renders every step and the result of %i without 10526 or generation words',
    async (event, entry) => {
      const model = await loadDecision(entry);
      const all = (answer: string) => model.checks.map((c) => `${c.id}=${answer}`).join('&');
      const cases = ['', 'code=0x80070005', all('no'), all('yes')];
      const found: string[] = [];
      for (const step of ['gather' as const, ...stepsOf(model)]) {
        const path = STEP_TABLE.find((row) => row.id === step)?.path ?? '/';
        for (const query of cases) {
          await renderStep(`${path}?v=1&event=${event}&${query}`);
          // The step itself, not a loading placeholder, is what is read.
          const heading = STEP_TABLE.find((row) => row.id === step)?.heading ?? '';
          expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
          found.push(
            // The start page's list of the family names every event on purpose.
            ...wordsOfAnotherEvent(textWithoutFamily()).map(
              (words) => `${step} ${query.slice(0, 30)}: ${words}`,
            ),
          );
          cleanup();
        }
      }
      expect(found).toEqual([]);
    },
    30_000,
  );

  it("explains every code a sibling's rules name without another event's words", async () => {
    for (const entry of SIBLINGS) {
      const model = await loadDecision(entry);
      const codes = [...model.rules, ...model.notes]
        .flatMap((rule) => rule.anyOf)
        .flatMap((trigger) => (trigger.kind === 'code' ? [trigger.code] : []));
      for (const code of codes) {
        expect(wordsOfAnotherEvent(decodeCode(Number(code)).meaning), code).toEqual([]);
        // An event with no backup file to check has no backup folder to blame.
        if (!stepsOf(model).includes('backup-file'))
          expect(decodeCode(Number(code)).meaning, code).not.toMatch(/backup/i);
      }
    }
  });
});
