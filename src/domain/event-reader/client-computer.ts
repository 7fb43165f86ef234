/**
 * The Client Computer value as ENTSSO writes it: a name, then, in brackets, the program
 * that made the request and its process ID ("BTS01.contoso.com (ssoconfig.exe:4412)").
 * Either part may be missing. Linear: one anchored match with no nested repetition.
 */
export function splitClientComputer(raw: string): { computer?: string; program?: string } {
  const text = raw.trim();
  const m = /^([^\s()]*)\s*(?:\(([^()]*)\))?/.exec(text);
  const result: { computer?: string; program?: string } = {};
  if (m?.[1]) result.computer = m[1];
  const program = m?.[2]?.trim();
  if (program) result.program = program;
  return result;
}
