import { bench, describe } from 'vitest';
import { parseLink } from '../case/link-codec';
import { diagnose } from '../diagnose';
import { ENTSSO_10526_DECISION as model } from '../model/entsso-10526/decision';
import * as samples from '../test-fixtures/events';
import { readEvent } from './read-event';

// Runs on every keystroke in the Event text field, so it must stay far below a frame.
describe('readEvent', () => {
  bench('Event Viewer copy with XML', () => {
    readEvent(samples.EVENT_VIEWER_COPY_WITH_XML, 10526);
  });
  bench('older copy on one line', () => {
    readEvent(samples.LEGACY_ONE_LINE, 10526);
  });
  bench('200 000 characters of noise', () => {
    readEvent('Client User: x '.repeat(13_400), 10526);
  });
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
});
