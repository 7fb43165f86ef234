import { describe, expect, it } from 'vitest';
import { escapeXml, quoteCmd, quotePowerShell } from './shell-quote';

describe('quotePowerShell', () => {
  it('wraps in single quotes and doubles embedded quotes, typographic ones included', () => {
    expect(quotePowerShell("O'Brien")).toEqual({ ok: true, text: "'O''Brien'" });
    expect(quotePowerShell('a\u2019b')).toEqual({ ok: true, text: "'a\u2019\u2019b'" });
  });

  it('leaves $ and backticks inert inside the literal', () => {
    expect(quotePowerShell('$(Remove-Item C:\\ -Recurse)`n')).toEqual({
      ok: true,
      text: "'$(Remove-Item C:\\ -Recurse)`n'",
    });
  });

  it('refuses line breaks, control characters and empty values', () => {
    for (const bad of ['a\nb', 'a\rb', 'a\u0000b', '', 'a\u2028b'])
      expect(quotePowerShell(bad).ok).toBe(false);
  });
});

describe('quoteCmd', () => {
  it('wraps in double quotes', () => {
    expect(quoteCmd('SSO01')).toEqual({ ok: true, text: '"SSO01"' });
    expect(quoteCmd('D:\\a b & c')).toEqual({ ok: true, text: '"D:\\a b & c"' });
  });

  it('doubles trailing backslashes so they cannot escape the closing quote', () => {
    expect(quoteCmd('D:\\backup\\')).toEqual({ ok: true, text: '"D:\\backup\\\\"' });
  });

  it('refuses what cmd would expand or cannot quote', () => {
    for (const bad of ['%PATH%', 'a!b', 'a"b', 'a\nb', '']) expect(quoteCmd(bad).ok).toBe(false);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a b="c" d='e'>&`)).toBe('&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;');
  });
});
