import { describe, expect, it } from 'vitest';
import { addressOf, shareBase } from './page-address';

describe('share link addresses', () => {
  it('drop the page query and fragment', () => {
    expect(addressOf('https://intranet/triage/?from=portal#/result?v=1')).toBe(
      'https://intranet/triage/',
    );
  });

  it('point a hosted page at itself', () => {
    expect(shareBase('https://intranet/triage/#/x', 'https://other/')).toEqual({
      base: 'https://intranet/triage/',
      onlyHere: false,
    });
  });

  it('point the offline file at the hosted copy when one is named, else at itself', () => {
    const file = 'file:///C:/tools/entsso-triage.html#/result?v=1';
    expect(shareBase(file, 'https://intranet/triage/')).toEqual({
      base: 'https://intranet/triage/',
      onlyHere: false,
    });
    expect(shareBase(file, undefined)).toEqual({
      base: 'file:///C:/tools/entsso-triage.html',
      onlyHere: true,
    });
  });
});
