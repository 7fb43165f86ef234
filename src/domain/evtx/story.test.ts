import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_MODELS, loadModel } from '../model/registry';
import type { LogEvent } from './read-log';
import { codeOfFailure, storyOf } from './story';

const MODELS = await Promise.all(EVENT_MODELS.map(loadModel));

const failure = (id: number, data: string[], message?: string): LogEvent => ({
  id,
  provider: 'ENTSSO',
  time: '2026-12-01T03:00:00Z',
  computer: 'SSO01',
  data,
  ...(message === undefined ? {} : { message }),
});

describe('the code a listed failure shows', () => {
  it("is read where the failure's own event keeps it, not from its last value", () => {
    const model = MODELS.find((m) => m.event.id === 10532)!;
    // Two values fit a 10532; a third one ends in something code-like.
    const f = failure(10532, ['SSO02', '0x80070005', '0x800706BA']);
    expect(codeOfFailure(f, model)).toBe('0x80070005');
    expect(storyOf([f], model).changes.code).toBe('0x80070005');
  });

  it('is the code the case takes from the same failure, for any values (every model)', () => {
    const value = fc.oneof(
      fc.constantFrom('0x80070005', 'b', 'dead', '-2147024891', '0xC0002A0F text', '', 'SSO01'),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        fc.array(value, { maxLength: 9 }),
        fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
        (model, data, message) => {
          const f = failure(model.event.id, data, message);
          expect(codeOfFailure(f, model)).toBe(storyOf([f], model).changes.code);
        },
      ),
      { numRuns: 800 },
    );
  });
});
