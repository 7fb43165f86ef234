import { describe, expect, it } from 'vitest';
import { eventLogsByComputer } from './event-log-queries';
describe('each computer asked for its own events', () => {
  it("asks the master secret server a 10532 named for its log, not the BizTalk server's", () => {
    const logs = eventLogsByComputer({
      seen: [],
      answers: {},
      event: 10532,
      host: 'BTS01.contoso.com',
      triedserver: 'SSO01',
      time: '2024-03-05T14:07:12Z',
    });
    expect(logs.map((l) => l.computer)).toEqual(['BTS01.contoso.com', 'SSO01']);
    expect(logs[0]?.queries.powershell).toContain("-ComputerName 'BTS01.contoso.com'");
    expect(logs[1]?.queries.powershell).toContain("-ComputerName 'SSO01'");
    expect(logs[1]?.why).toMatch(/master secret server/);
  });

  it('asks one computer when the master secret server is the one that logged the event', () => {
    const logs = eventLogsByComputer({
      seen: [],
      answers: {},
      host: 'SSO01.contoso.com',
      secretserver: 'sso01',
    });
    expect(logs).toHaveLength(1);
  });
});
