export type Quoted = { ok: true; text: string } | { ok: false; reason: string };

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// PowerShell treats the typographic single quotes as quote characters too.
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

/** A PowerShell single-quoted literal: nothing inside is expanded. */
export function quotePowerShell(value: string): Quoted {
  if (value === '') return { ok: false, reason: 'The value is empty.' };
  if (CONTROL.test(value))
    return { ok: false, reason: 'The value contains a line break or control character.' };
  return { ok: true, text: `'${value.replace(PS_SINGLE_QUOTES, (q) => q + q)}'` };
}

/**
 * A double-quoted argument for cmd.exe. cmd expands % and ! even inside quotes and has
 * no escape for a quote inside quotes, so values holding them are refused, not mangled.
 */
export function quoteCmd(value: string): Quoted {
  if (value === '') return { ok: false, reason: 'The value is empty.' };
  if (CONTROL.test(value))
    return { ok: false, reason: 'The value contains a line break or control character.' };
  const bad = /["%!]/.exec(value);
  if (bad)
    return { ok: false, reason: `The character ${bad[0]} cannot be passed safely to cmd.exe.` };
  // A backslash right before the closing quote would escape it for most programs.
  return { ok: true, text: `"${value.replace(/(\\+)$/, '$1$1')}"` };
}

/** Text placed inside an XML attribute or element. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
