import { bench, describe } from 'vitest';
import { parseLink } from '../case/link-codec';
import { diagnose } from '../diagnosis/diagnose';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import { ADVERSARIAL_FAMILIES, rep } from '../test-fixtures/adversarial';
import * as samples from '../test-fixtures/events';
import { MAX_EVENT_TEXT } from './limits';
import { readEvent } from './read-event';

const EVENT_10526 = model.event;

// Runs on every keystroke in the Event text field, so it must stay far below a frame.
describe('readEvent', () => {
  bench('Event Viewer copy with XML', () => {
    readEvent(samples.EVENT_VIEWER_COPY_WITH_XML, EVENT_10526);
  });
  bench('older copy on one line', () => {
    readEvent(samples.LEGACY_ONE_LINE, EVENT_10526);
  });
  bench('200 000 characters of noise', () => {
    readEvent('Client User: x '.repeat(13_400), EVENT_10526);
  });
});

// Each family once made the reader quadratic; at the 200,000-character cut it must stay
// under 50 ms.
describe(`readEvent, adversarial, ${MAX_EVENT_TEXT.toLocaleString('en-US')} characters`, () => {
  for (const [name, make] of Object.entries(ADVERSARIAL_FAMILIES)) {
    const text = make(MAX_EVENT_TEXT);
    bench(name, () => {
      readEvent(text, EVENT_10526);
    });
  }
  const megabyte = rep('Client User: ', 1_000_000);
  bench('a megabyte of one label', () => {
    readEvent(megabyte, EVENT_10526);
  });
});

describe('readEvent, realistic pastes', () => {
  for (const mb of [1, 10, 50]) {
    const text = rep(samples.EVENT_VIEWER_COPY_WITH_XML + '\n', mb * 1_000_000);
    bench(`${mb} MB of Event Viewer copies`, () => {
      readEvent(text, EVENT_10526);
    });
  }
});

describe('link to diagnosis', () => {
  bench('parse a full link and rank the causes', () => {
    diagnose(
      model,
      parseLink(
        new URLSearchParams(
          'v=1&code=0x80070005&seen=10771,10562&elevated=yes&localadmin=no&backup=D%3A%5Cs.bak',
        ),
        model,
      ).case,
    );
  });
  const bad = new URLSearchParams(`v=1&seen=${'x,'.repeat(8000)}10772`);
  bench('a 16 KB link of bad event IDs', () => {
    parseLink(bad, model);
  });
});
