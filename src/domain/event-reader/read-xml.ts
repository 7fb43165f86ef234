/** Fields read from the event's XML (Details tab, wevtutil /f:xml, or "Event Xml:" of a copy). */
export interface XmlEventFields {
  provider?: string;
  eventId?: number;
  qualifiers?: number;
  systemTime?: string;
  computer?: string;
  data: string[];
  /**
   * Entity references no saved event holds (`&name;` other than the five XML defines):
   * such a value was edited or crafted, so it is left empty rather than taken as written.
   */
  strangeEntities: string[];
}

/** An entity reference other than the five predefined ones and numeric references. */
const STRANGE_ENTITY =
  /&(?!(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});)([a-z_][\w.-]{0,40});/i;

const ENTITY: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/** Decodes the five predefined XML entities and numeric references; anything else stays as written. */
export function decodeXmlText(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/gi,
    (whole, ref: string) => {
      if (ref[0] === '#') {
        const n =
          ref[1] === 'x' || ref[1] === 'X'
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
          ? String.fromCodePoint(n)
          : whole;
      }
      return ENTITY[ref.toLowerCase()] ?? whole;
    },
  );
}

function attr(tagText: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tagText);
  const raw = m?.[1] ?? m?.[2];
  return raw === undefined ? undefined : decodeXmlText(raw);
}

function elementText(
  xml: string,
  name: string,
  read: (raw: string) => string = (raw) => decodeXmlText(raw).trim(),
): { text: string; tag: string } | undefined {
  // The optional prefix covers documents written with a namespace prefix.
  // [^<>] rather than [^>]: a tag never holds '<', so an unclosed one ends the scan at the next tag.
  const m = new RegExp(`<(?:\\w+:)?${name}\\b([^<>]*)>([^<]*)</(?:\\w+:)?${name}\\s*>`, 'i').exec(
    xml,
  );
  if (!m) return undefined;
  return { tag: m[1] ?? '', text: read(m[2] ?? '') };
}

function emptyOrOpenTag(xml: string, name: string): string | undefined {
  const m = new RegExp(`<(?:\\w+:)?${name}\\b([^<>]*)>`, 'i').exec(xml);
  return m?.[1];
}

/**
 * Reads the handful of XML fields the wizard needs. Regular expressions rather than
 * a DOM parser keep this free of browser globals; no entity is ever expanded beyond
 * the predefined ones, so hostile DOCTYPEs do nothing.
 */
export function readEventXml(text: string): XmlEventFields | undefined {
  const start = text.search(/<(?:\w+:)?Event[\s>]/i);
  if (start < 0) return undefined;
  const xml = text.slice(start);
  const fields: XmlEventFields = { data: [], strangeEntities: [] };
  // A value holding a strange entity is not taken: '' in its place keeps the layout.
  const plain = (raw: string): string => {
    const strange = STRANGE_ENTITY.exec(raw);
    if (!strange) return decodeXmlText(raw).trim();
    fields.strangeEntities.push(strange[0]);
    return '';
  };

  const providerTag = emptyOrOpenTag(xml, 'Provider');
  if (providerTag) {
    const name = attr(providerTag, 'Name') ?? attr(providerTag, 'EventSourceName');
    if (name) fields.provider = name;
  }
  const eventId = elementText(xml, 'EventID');
  if (eventId && /^\d{1,10}$/.test(eventId.text)) {
    fields.eventId = Number(eventId.text);
    const q = attr(eventId.tag, 'Qualifiers');
    if (q && /^\d{1,5}$/.test(q)) fields.qualifiers = Number(q);
  }
  const timeTag = emptyOrOpenTag(xml, 'TimeCreated');
  if (timeTag) {
    const t = attr(timeTag, 'SystemTime');
    if (t) fields.systemTime = t;
  }
  const computer = elementText(xml, 'Computer', plain);
  if (computer?.text) fields.computer = computer.text;

  // The opening tag, then one search for the closing one: never a scan to the end per opening.
  const open = /<(?:\w+:)?EventData\b[^<>]*>/i.exec(xml);
  const rest = open ? xml.slice(open.index + open[0].length) : '';
  const close = rest.search(/<\/(?:\w+:)?EventData\s*>/i);
  const eventData = close >= 0 ? rest.slice(0, close) : undefined;
  if (eventData) {
    const dataRe = /<(?:\w+:)?Data\b[^<>]*?(?:\/>|>([^<]*)<\/(?:\w+:)?Data\s*>)/gi;
    for (const m of eventData.matchAll(dataRe)) fields.data.push(plain(m[1] ?? ''));
  }
  return fields;
}
