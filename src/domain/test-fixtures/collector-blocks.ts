/**
 * Collector output as Windows PowerShell 5.1 prints it (ConvertTo-Json indents by four
 * spaces and puts each key on its own line), with the console around it.
 */
export const PROMPT_NOISE = `Windows PowerShell
Copyright (C) Microsoft Corporation. All rights reserved.

PS C:\\Users\\jdoe> powershell -ExecutionPolicy Bypass -File .\\entsso-triage.ps1 -BackupPath E:\\sso\\s.bak
`;

export function collectorBlock(fields: Record<string, unknown>): string {
  const body = JSON.stringify({ format: 'entsso-triage/1', ...fields }, null, 4);
  return `-----BEGIN ENTSSO TRIAGE-----\n${body}\n-----END ENTSSO TRIAGE-----`;
}

/** A member who is not elevated, on the master secret server: decided by one answer. */
export const NOT_ELEVATED_BLOCK = collectorBlock({
  user: 'CONTOSO\\jdoe',
  computer: 'SSO01',
  host: 'SSO01',
  elevated: 'no',
  mss: 'yes',
  localadmin: 'yes',
  secretserver: 'SSO01',
  ssoadmins: 'CONTOSO\\SSO Administrators',
  sqlserver: 'SQL01',
  ssoadmin: 'yes',
  relogon: 'yes',
  cluster: 'no',
  mssname: 'yes',
  svc: 'yes',
  db: 'yes',
  seen: [10526, 10771],
  code: '0x80070005',
  tid: '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
  time: '2024-03-05T14:07:12Z',
  events: [
    { id: 10526, time: '2024-03-05T14:07:12Z', message: 'Failed to generate a new master secret.' },
  ],
  details: {
    elevated: 'the token has no High Mandatory Level: not run as administrator',
    mss: 'SSO01 holds the secret (SSOSS key present)',
  },
});
