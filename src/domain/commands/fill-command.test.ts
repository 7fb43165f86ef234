import { describe, expect, it } from 'vitest';
import { CHECK_TEXT } from '../model/entsso-10526/checks';
import { backupParts, caseValues, fillCommand, fillTemplate } from './fill-command';
import { eventLogQueries } from './event-log-queries';

describe('backupParts', () => {
  it('splits a path into drive, folder and a probe file', () => {
    expect(backupParts('D:\\SSO Backup\\secret.bak')).toEqual({
      drive: 'D',
      folder: 'D:\\SSO Backup',
      probe: 'D:\\SSO Backup\\sso-write-test.tmp',
      backupfile: 'secret.bak',
    });
  });

  it('keeps the root of a drive as a folder, and has no drive for a share', () => {
    expect(backupParts('e:\\s.bak')).toEqual({
      drive: 'E',
      folder: 'e:\\',
      probe: 'e:\\sso-write-test.tmp',
      backupfile: 's.bak',
    });
    expect(backupParts('\\\\filer\\sso\\s.bak')).toEqual({
      folder: '\\\\filer\\sso',
      probe: '\\\\filer\\sso\\sso-write-test.tmp',
      backupfile: 's.bak',
    });
    // A bare name is its own file name, in whatever folder ssoconfig ran.
    expect(backupParts('s.bak')).toEqual({ backupfile: 's.bak' });
    expect(backupParts(undefined)).toEqual({});
  });
});

describe('fillCommand', () => {
  it('fills a drive letter bare for cmd and quoted for PowerShell, and refuses a share', () => {
    const [ps, cmd] = CHECK_TEXT.ntfs?.how ?? [];
    if (!ps || !cmd) throw new Error('ntfs check lost its commands');
    expect(fillCommand(ps, { drive: 'D' }).text).toBe(
      "(Get-Volume -DriveLetter 'D').FileSystemType",
    );
    expect(fillCommand(cmd, { drive: 'D' }).text).toBe('fsutil fsinfo volumeinfo D:');
    expect(fillCommand(cmd, { drive: 'D & calc' })).toMatchObject({
      complete: false,
      text: 'fsutil fsinfo volumeinfo <drive letter>:',
    });
  });
});

describe('eventLogQueries', () => {
  it('uses a ten-minute window either side and quotes the host for each shell', () => {
    const q = eventLogQueries({
      seen: [],
      answers: {},
      time: '2024-03-05T00:05:00Z',
      host: "it's",
    });
    expect(q.window).toEqual({ start: '2024-03-04T23:55:00Z', end: '2024-03-05T00:15:00Z' });
    expect(q.powershell).toContain("-ComputerName 'it''s'");
    expect(q.wevtutil).toContain('/r:"it\'s"');
    expect(q.eventViewerXml).toContain("@SystemTime&gt;='2024-03-04T23:55:00Z'");
    expect(q.refused).toEqual([]);
  });

  it('lists the latest events when there is no time, and leaves out a host cmd cannot carry', () => {
    const q = eventLogQueries({ seen: [], answers: {}, host: '%COMPUTERNAME%' });
    expect(q.window).toBeUndefined();
    expect(q.powershell).toContain('-MaxEvents 50');
    expect(q.wevtutil).not.toContain('/r:');
    expect(q.refused).toHaveLength(1);
  });
});

describe('a value the page already knows fills the commands that need it', () => {
  it("fills the master secret server with the name a 10532's server tried, until the database's record is known", () => {
    const tried = caseValues({ seen: [], answers: {}, triedserver: 'SSOMSS01' }, {});
    expect(tried.mss).toBe('SSOMSS01');
    expect(
      fillTemplate('Test-NetConnection -ComputerName {mss} -Port 135', 'powershell', tried).text,
    ).toBe("Test-NetConnection -ComputerName 'SSOMSS01' -Port 135");
    const recorded = caseValues(
      { seen: [], answers: {}, triedserver: 'SSOMSS01', secretserver: 'SSOMSS02' },
      {},
    );
    expect(recorded.mss).toBe('SSOMSS02');
  });
});

describe('a cluster node restores from its own copy', () => {
  it('restores the file copied into the Enterprise SSO folder, by its name, not from the share', () => {
    const filled = fillTemplate(
      'cd /d "%CommonProgramFiles%\\Enterprise Single Sign-On" && ssoconfig -restoreSecret {backupfile}',
      'cmd',
      caseValues({ seen: [], answers: {}, backup: '\\\\filer\\sso\\secret.bak' }, {}),
    );
    expect(filled.text).toBe(
      'cd /d "%CommonProgramFiles%\\Enterprise Single Sign-On" && "%CommonProgramFiles%\\Enterprise Single Sign-On\\ssoconfig.exe" -restoreSecret "secret.bak"',
    );
    expect(filled.text).not.toContain('filer');
  });
});
