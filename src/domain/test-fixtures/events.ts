/** Event 10526 as people paste it, one sample per shape the reader must handle. */
const XML = `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="ENTSSO" />
    <EventID Qualifiers="49152">10526</EventID>
    <Level>2</Level>
    <Task>0</Task>
    <Keywords>0x80000000000000</Keywords>
    <TimeCreated SystemTime="2024-03-05T14:07:12.4567890Z" />
    <EventRecordID>88231</EventRecordID>
    <Channel>Application</Channel>
    <Computer>SSO01.contoso.com</Computer>
    <Security />
  </System>
  <EventData>
    <Data>CONTOSO\\jdoe</Data>
    <Data>SSO01</Data>
    <Data>{3F2504E0-4F89-11D3-9A0C-0305E82C3301}</Data>
    <Data>0xC0002A14</Data>
  </EventData>
</Event>`;

const MESSAGE = `Failed to generate a new master secret.

 Client User: CONTOSO\\jdoe

 Client Computer:SSO01

 Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}

 Error Code: 0xC0002A14`;

export const EVENT_VIEWER_COPY = `Log Name:      Application
Source:        ENTSSO
Date:          3/5/2024 2:07:12 PM
Event ID:      10526
Task Category: None
Level:         Error
Keywords:      Classic
User:          N/A
Computer:      SSO01.contoso.com
Description:
${MESSAGE}`;

export const EVENT_VIEWER_COPY_WITH_XML = `${EVENT_VIEWER_COPY}
Event Xml:
${XML}`;

export const EVENT_XML = XML;

export const WEVTUTIL_TEXT = `Event[0]:
  Log Name: Application
  Source: ENTSSO
  Date: 2024-03-05T14:07:12.4560000Z
  Event ID: 10526
  Task: N/A
  Level: Error
  Opcode: Info
  Keyword: Classic
  User: N/A
  User Name: N/A
  Computer: SSO01.contoso.com
  Description: 
${MESSAGE}

Event[1]:
  Log Name: Application
  Source: ENTSSO
  Date: 2024-03-05T14:07:11.0000000Z
  Event ID: 10772
  Task: N/A
  Level: Error
  Computer: SSO01.contoso.com
  Description: 
The account is not an SSO administrator.
`;

export const FORMAT_LIST = `TimeCreated  : 3/5/2024 2:07:12 PM
ProviderName : ENTSSO
Id           : 10526
Message      : Failed to generate a new master secret.

                Client User: CONTOSO\\jdoe

                Client Computer:SSO01

                Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}

                Error Code: 0xC0002A14`;

export const LEGACY_MULTILINE = `Event Type:	Error
Event Source:	ENTSSO
Event Category:	None
Event ID:	10526
Date:		3/5/2009
Time:		2:07:12 PM
User:		N/A
Computer:	SSO01
Description:
Failed to generate a new master secret.
 Client User: CONTOSO\\jdoe
 Client Computer:SSO01
 Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}
 Error Code: 0xC0002A14

For more information, see Help and Support Center at http://go.microsoft.com/fwlink/events.asp.`;

export const LEGACY_ONE_LINE =
  'Event Type: Error Event Source: ENTSSO Event Category: None Event ID: 10526 Date: 3/5/2009 Time: 2:07:12 PM User: N/A Computer: SSO01 Description: Failed to generate a new master secret. Client User: CONTOSO\\jdoe Client Computer:SSO01 Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301} Error Code: 0xC0002A14 For more information, see Help and Support Center at http://go.microsoft.com/fwlink/events.asp.';

export const MESSAGE_ONLY = MESSAGE;

export const TYPED_FIELDS = `client user: CONTOSO\\jdoe
error code: -1073731052`;

/** What the wizard's own PowerShell query prints: several events, Format-List style. */
export const FORMAT_LIST_SEVERAL = `

TimeCreated      : 3/5/2024 2:07:12 PM
SameTrackingId   : True
Id               : 10526
LevelDisplayName : Error
Message          : Failed to generate a new master secret.

                   Client User: CONTOSO\\jdoe

                   Client Computer:SSO01

                   Tracking ID: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}

                   Error Code: 0x80070005

TimeCreated      : 3/5/2024 2:07:11 PM
SameTrackingId   : True
Id               : 10771
LevelDisplayName : Error
Message          : The account is not an administrator.

TimeCreated      : 3/5/2024 1:40:00 PM
SameTrackingId   : False
Id               : 10562
LevelDisplayName : Information
Message          : Re-encryption is starting.
`;

/** wevtutil /f:xml prints one Event element per event, with no wrapper. */
export const XML_SEVERAL = `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="ENTSSO"/><EventID Qualifiers="49152">10772</EventID><TimeCreated SystemTime="2024-03-05T14:07:11.0000000Z"/><Computer>SSO01</Computer></System><EventData><Data>CONTOSO\\jdoe</Data></EventData></Event>${XML.replace('0xC0002A14', '0x80070005')}`;

/** Event 10532 as Event Viewer copies it: no time, no user, no Client Computer. */
export const EVENT_10532_COPY = `Log Name:      Application
Source:        ENTSSO
Event ID:      10532
Level:         Warning
Computer:      BTS02.contoso.com
Description:
Failed to retrieve master secrets. Verify that the master secret server name is correct and that it is available.
 Secret Server Name: SSOCLUSTER
 Error Code: 0x800706BA, The RPC server is unavailable.`;

/** Any ENTSSO event as Event Viewer's "Copy details as text" writes it. */
export const eventViewerText = (
  id: number,
  message: string,
  { computer = 'SSO01.contoso.com', level = 'Error' }: { computer?: string; level?: string } = {},
) => `Log Name:      Application
Source:        ENTSSO
Event ID:      ${id}
Level:         ${level}
Computer:      ${computer}
Description:
${message}`;

/** A 10527 as the master secret server that logged it shows it: BTS01's request, as svc-sso. */
export const refusal10527 = (code: string, computer: string) =>
  eventViewerText(
    10527,
    `A request to get a master secret failed.
 Secret Number: 2
 Client User: CONTOSO\\svc-sso
 Client Computer: BTS01
 Tracking ID: {cccccccc-1111-2222-3333-444444444444}
 Error Code: ${code}`,
    { computer },
  );
