import { quoteCmd, quotePowerShell, escapeXml } from '../shell-quote';
import type { Case } from '../case/case';

export const WINDOW_MINUTES = 10;

export interface TimeWindow {
  start: string;
  end: string;
}

export interface EventLogQueries {
  window?: TimeWindow;
  powershell: string;
  eventViewerXml: string;
  wevtutil: string;
  /** Values left out of a command because they could not be quoted safely. */
  refused: string[];
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

export function timeWindow(
  time: string | undefined,
  minutes = WINDOW_MINUTES,
): TimeWindow | undefined {
  if (!time) return undefined;
  const at = new Date(time);
  if (Number.isNaN(at.getTime())) return undefined;
  return {
    start: iso(new Date(at.getTime() - minutes * 60_000)),
    end: iso(new Date(at.getTime() + minutes * 60_000)),
  };
}

/**
 * The three ways to list ENTSSO events around the failure. Every value from the
 * case is quoted for its shell; one that cannot be quoted is left out and reported.
 */
export function eventLogQueries(state: Case): EventLogQueries {
  const refused: string[] = [];
  const window = timeWindow(state.time);

  const filter = ["LogName = 'Application'", "ProviderName = 'ENTSSO'"];
  if (window) {
    filter.push(`StartTime = [datetime]'${window.start}'`, `EndTime = [datetime]'${window.end}'`);
  }
  let ps = `Get-WinEvent -FilterHashtable @{ ${filter.join('; ')} }`;
  if (state.host) {
    const host = quotePowerShell(state.host);
    if (host.ok) ps += ` -ComputerName ${host.text}`;
    else refused.push(`Host left out of the PowerShell command: ${host.reason}`);
  }
  if (!window) ps += ' -MaxEvents 50';
  if (state.tid) {
    // The GUID is validated, but it is still quoted like any other value.
    const tid = quotePowerShell(`*${state.tid}*`);
    if (tid.ok)
      ps += ` |\n  Select-Object *, @{ n = 'SameTrackingId'; e = { $_.Message -like ${tid.text} } }`;
  }
  const columns = state.tid ? 'TimeCreated, SameTrackingId, Id' : 'TimeCreated, Id';
  ps += ` |\n  Format-List ${columns}, LevelDisplayName, Message`;

  const timeClause = window
    ? ` and TimeCreated[@SystemTime&gt;='${escapeXml(window.start)}' and @SystemTime&lt;='${escapeXml(window.end)}']`
    : '';
  const eventViewerXml = [
    '<QueryList>',
    '  <Query Id="0" Path="Application">',
    `    <Select Path="Application">*[System[Provider[@Name='ENTSSO']${timeClause}]]</Select>`,
    '  </Query>',
    '</QueryList>',
  ].join('\n');

  const wevtTime = window
    ? ` and TimeCreated[@SystemTime>='${window.start}' and @SystemTime<='${window.end}']`
    : '';
  let wevtutil = `wevtutil qe Application /q:"*[System[Provider[@Name='ENTSSO']${wevtTime}]]" /f:text /rd:true /c:50`;
  if (state.host) {
    const host = quoteCmd(state.host);
    if (host.ok) wevtutil += ` /r:${host.text}`;
    else refused.push(`Host left out of the wevtutil line: ${host.reason}`);
  }

  const result: EventLogQueries = { powershell: ps, eventViewerXml, wevtutil, refused };
  if (window) result.window = window;
  return result;
}

/** The event log of one computer of the incident, and why it is worth reading. */
export interface ComputerLog {
  computer: string | undefined;
  why: string;
  queries: EventLogQueries;
}

const shortName = (name: string) => name.split('.')[0]?.toLowerCase() ?? '';

/**
 * Each computer's log asked of that computer: the one that logged the event first, then
 * the master secret server when the case names it (the secret server a 10532 tried, or
 * the one the SSO database names) and it is another computer. Its own events (a 10527 of
 * the refused request, its service starts) are in its own log, never in the first one.
 */
export function eventLogsByComputer(state: Case): ComputerLog[] {
  const logs: ComputerLog[] = [
    {
      computer: state.host,
      why: state.host
        ? 'the computer that logged the event'
        : 'the computer that logged the event (its name is not known yet)',
      queries: eventLogQueries(state),
    },
  ];
  const mss = state.triedserver ?? state.secretserver;
  if (mss && (!state.host || shortName(mss) !== shortName(state.host)))
    logs.push({
      computer: mss,
      why: 'the master secret server: what it logged about the same requests',
      queries: eventLogQueries({ ...state, host: mss }),
    });
  return logs;
}
