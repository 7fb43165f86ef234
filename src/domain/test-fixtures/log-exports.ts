/**
 * Logs as Event Viewer's "Save All Events As" writes them (XML, CSV, tab-separated
 * text), each with two 10526 failures and the events around them, newest last.
 */
interface Sample {
  id: number;
  time: string;
  local: string;
  level: 'Error' | 'Warning' | 'Information';
  data: string[];
  message: string;
  provider?: string;
  /** The computer that logged it; SSO01.contoso.com when not said. */
  computer?: string;
}

const TID_OLD = '11111111-2222-3333-4444-555555555555';
const TID_NEW = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

const failure = (tid: string, code: string, user: string) =>
  `Failed to generate a new master secret.\n\n Client User: ${user}\n\n Client Computer:SSO01\n\n Tracking ID: {${tid.toUpperCase()}}\n\n Error Code: ${code}`;

export const LOG_SAMPLES: readonly Sample[] = [
  {
    id: 7036,
    time: '2024-03-04T08:00:00Z',
    local: '3/4/2024 9:00:00 AM',
    level: 'Information',
    data: ['x'],
    message: 'A service changed state.',
    provider: 'Service Control Manager',
  },
  {
    id: 10562,
    time: '2024-03-04T09:00:00Z',
    local: '3/4/2024 10:00:00 AM',
    level: 'Information',
    data: [],
    message: 'Re-encryption is starting.',
  },
  {
    id: 10528,
    time: '2024-03-04T09:30:00Z',
    local: '3/4/2024 10:30:00 AM',
    level: 'Information',
    data: [],
    message: 'Re-encryption finished.',
  },
  {
    id: 10526,
    time: '2024-03-04T10:00:00Z',
    local: '3/4/2024 11:00:00 AM',
    level: 'Error',
    data: ['CONTOSO\\old', 'SSO01', `{${TID_OLD}}`, '0xC0002A0E'],
    message: failure(TID_OLD, '0xC0002A0E', 'CONTOSO\\old'),
  },
  {
    id: 10766,
    time: '2024-03-04T10:00:01Z',
    local: '3/4/2024 11:00:01 AM',
    level: 'Error',
    data: [],
    message: 'Not the master secret server.',
  },
  {
    id: 10772,
    time: '2024-03-05T14:06:58Z',
    local: '3/5/2024 3:06:58 PM',
    level: 'Error',
    data: [],
    message: `Not an SSO administrator. Tracking ID: {${TID_NEW}}`,
  },
  {
    id: 10526,
    time: '2024-03-05T14:07:12Z',
    local: '3/5/2024 3:07:12 PM',
    level: 'Error',
    data: ['CONTOSO\\jdoe', 'SSO01', `{${TID_NEW}}`, '0xC0002A14'],
    message: failure(TID_NEW, '0xC0002A14', 'CONTOSO\\jdoe'),
  },
  {
    id: 10525,
    time: '2024-03-05T15:00:00Z',
    local: '3/5/2024 4:00:00 PM',
    level: 'Information',
    data: [],
    message: 'The secret was generated.',
  },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function xmlExport(samples = LOG_SAMPLES): string {
  const events = samples.map(
    (e) =>
      `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="${e.provider ?? 'ENTSSO'}"/><EventID Qualifiers="49152">${e.id}</EventID><Level>${e.level === 'Error' ? 2 : e.level === 'Warning' ? 3 : 4}</Level><TimeCreated SystemTime="${e.time.replace('Z', '.1234567Z')}"/><Channel>Application</Channel><Computer>${e.computer ?? 'SSO01.contoso.com'}</Computer></System><EventData>${e.data.map((d) => `<Data>${esc(d)}</Data>`).join('')}</EventData></Event>`,
  );
  return `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<Events>${events.join('\n')}</Events>`;
}

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Newest first, as Event Viewer lists and saves them. */
export function csvExport(samples = LOG_SAMPLES): string {
  const lines = [...samples]
    .reverse()
    .map((e) =>
      [e.level, e.local, e.provider ?? 'ENTSSO', String(e.id), 'None', csvCell(e.message)].join(
        ',',
      ),
    );
  return `Level,Date and Time,Source,Event ID,Task Category\n${lines.join('\n')}\n`;
}

export function tsvExport(samples = LOG_SAMPLES): string {
  const lines = [...samples]
    .reverse()
    .map((e) =>
      [e.level, e.local, e.provider ?? 'ENTSSO', String(e.id), 'None', csvCell(e.message)].join(
        '\t',
      ),
    );
  return `Level\tDate and Time\tSource\tEvent ID\tTask Category\n${lines.join('\n')}\n`;
}

const TID_FIRST = 'aaaaaaaa-1111-2222-3333-444444444444';
const TID_SECOND = 'bbbbbbbb-1111-2222-3333-444444444444';

/**
 * Two attempts 22 minutes apart, each with its own Tracking ID and its own related
 * events: access denied first, then a backup that could not be written.
 */
export const TWO_ATTEMPTS: readonly Sample[] = [
  {
    id: 10526,
    time: '2024-03-05T14:00:00Z',
    local: '3/5/2024 3:00:00 PM',
    level: 'Error',
    data: ['CONTOSO\\jdoe', 'SSO01', `{${TID_FIRST}}`, '0x80070005'],
    message: failure(TID_FIRST, '0x80070005', 'CONTOSO\\jdoe'),
  },
  {
    id: 10771,
    time: '2024-03-05T14:00:01Z',
    local: '3/5/2024 3:00:01 PM',
    level: 'Error',
    data: [],
    message: `Only a local administrator may do this. Tracking ID: {${TID_FIRST}}`,
  },
  {
    id: 10784,
    time: '2024-03-05T14:21:59Z',
    local: '3/5/2024 3:21:59 PM',
    level: 'Error',
    data: [],
    message: `The backup file could not be written. Tracking ID: {${TID_SECOND}}`,
  },
  {
    id: 10560,
    time: '2024-03-05T14:22:00Z',
    local: '3/5/2024 3:22:00 PM',
    level: 'Error',
    data: [],
    message: `The secret could not be backed up. Tracking ID: {${TID_SECOND}}`,
  },
  {
    id: 10526,
    time: '2024-03-05T14:22:01Z',
    local: '3/5/2024 3:22:01 PM',
    level: 'Error',
    data: ['CONTOSO\\jdoe', 'SSO01', `{${TID_SECOND}}`, '0xC0002A20'],
    message: failure(TID_SECOND, '0xC0002A20', 'CONTOSO\\jdoe'),
  },
];

/** An export whose 10526 carries its whole message in one value, as some tools write it. */
export const ONE_VALUE_FAILURE: readonly Sample[] = [
  {
    id: 10526,
    time: '2024-03-05T14:07:12Z',
    local: '3/5/2024 3:07:12 PM',
    level: 'Error',
    data: [
      `Failed to generate a new master secret.\n\n Client User: CONTOSO\\jdoe\n\n Client Computer:BTS01.contoso.com (ssoconfig.exe:4412)\n\n Tracking ID: {${TID_NEW.toUpperCase()}}\n\n Error Code: 0x80070005`,
    ],
    message: '',
  },
];

/** Text as Windows saves "Unicode" files: UTF-16 little-endian with its byte-order mark. */
export function utf16File(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

const MSID_NOW = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const MSID_BEFORE = '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d';
const TID_GET = 'cccccccc-1111-2222-3333-444444444444';

/**
 * One failure of each event the tool triages, oldest first and hours apart, each with
 * its values in its own event's order, and one related event near it.
 */
export const FAMILY_LOG: readonly Sample[] = [
  {
    id: 10560,
    time: '2024-03-05T08:00:00Z',
    local: '3/5/2024 9:00:00 AM',
    level: 'Error',
    data: [
      'D:\\SSOBackup\\secret.bak',
      `{${MSID_NOW}}`,
      `{${MSID_BEFORE}}`,
      'CONTOSO\\jdoe',
      '0x80070070',
    ],
    message: 'Failed to back up the master secrets.',
  },
  {
    id: 10524,
    time: '2024-03-05T10:00:00Z',
    local: '3/5/2024 11:00:00 AM',
    level: 'Error',
    data: [
      'D:\\SSOBackup\\old.bak',
      `{${MSID_NOW}}`,
      `{${MSID_BEFORE}}`,
      'CONTOSO\\jdoe',
      '0xC0002A1B',
    ],
    message: 'Failed to restore the master secrets.',
  },
  {
    id: 10779,
    time: '2024-03-05T10:00:01Z',
    local: '3/5/2024 11:00:01 AM',
    level: 'Error',
    data: [],
    message: 'An incorrect password was specified for the backup file.',
  },
  {
    id: 10527,
    time: '2024-03-05T12:00:00Z',
    local: '3/5/2024 1:00:00 PM',
    level: 'Error',
    data: ['2', 'CONTOSO\\svc-sso', 'BTS01', `{${TID_GET}}`, '0xC0002A1F'],
    message: 'A request to get a master secret failed.',
  },
  {
    id: 10520,
    time: '2024-03-05T12:00:01Z',
    local: '3/5/2024 1:00:01 PM',
    level: 'Error',
    data: [],
    message: 'The master secret server holds no master secret.',
  },
  {
    id: 10532,
    time: '2024-03-05T14:00:00Z',
    local: '3/5/2024 3:00:00 PM',
    level: 'Warning',
    data: [
      'SSOCLUSTER',
      '0x800706D9, there are no more endpoints available from the endpoint mapper.',
    ],
    message: 'Failed to retrieve master secrets.',
  },
  {
    id: 10526,
    time: '2024-03-05T16:00:00Z',
    local: '3/5/2024 5:00:00 PM',
    level: 'Error',
    data: ['CONTOSO\\jdoe', 'SSO01', `{${TID_NEW}}`, '0xC0002A14'],
    message: failure(TID_NEW, '0xC0002A14', 'CONTOSO\\jdoe'),
  },
];
