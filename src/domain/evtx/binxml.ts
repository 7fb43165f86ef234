import { formatValue, utf16 } from './values';

/** An element of an event, once its template is filled with the record's values. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** Text; `list` is set when it came from an array value (a string array in EventData). */
export interface XmlText {
  text: string;
  list?: string[];
}

export type XmlNode = XmlElement | XmlText;

/** A piece of text in a template: literal, or the record's value number `sub`. */
type Part = string | { sub: number; type: number };

interface TElement {
  kind: 'element';
  name: string;
  attrs: Array<{ name: string; parts: Part[] }>;
  children: TNode[];
}
type TNode = TElement | { kind: 'text'; parts: Part[] } | { kind: 'nodes'; nodes: XmlNode[] };

interface Value {
  type: number;
  bytes: Uint8Array;
  /** Where the value's bytes start in the chunk: embedded binary XML names its strings by chunk offset. */
  at: number;
  /** For binary XML values: their elements, read with the instance (a broken one breaks the record). */
  nodes?: XmlNode[];
  /** The value as text, once formatted: a template may name one value thousands of times. */
  text?: string | string[];
}

export class BinXmlError extends Error {}

/**
 * What one record, and all the records of one chunk, may expand to. Binary XML refers
 * back to templates and values by offset, so a few kilobytes can stand for billions of
 * elements; reading stops at these bounds, which keeps the work linear in the file's
 * size. Real events stay far below them: the samples' largest record has 68 nodes and
 * 3,702 characters, their fullest chunk 6,025 and 67,887.
 */
export const EXPANSION_LIMITS = {
  recordElements: 10_000,
  recordChars: 131_072,
  chunkElements: 100_000,
  chunkChars: 524_288,
  depth: 64,
} as const;

/** What was left out of a record to keep it within the limits, in words. */
export type Cut = 'elements' | 'text' | 'nesting';

/** The bounds of one record's expansion, charged as it is read. */
class Budget {
  elements = 0;
  chars = 0;
  readonly cuts = new Set<Cut>();
  /**
   * What the tree built under this budget holds, for the copy it may spare: whether it
   * shares nodes by reference, how many nodes and characters of text it has, how deep it goes.
   */
  shared = false;
  nodes = 0;
  textChars = 0;
  deepest = 0;
  constructor(
    private readonly maxElements: number,
    private readonly maxChars: number,
  ) {}
  /** Room for `wanted` more nodes: all of them, or what is left (then the record is cut). */
  takeNodes(wanted: number): number {
    const room = Math.max(0, Math.min(wanted, this.maxElements - this.elements));
    this.elements += room;
    if (room < wanted) this.cuts.add('elements');
    return room;
  }
  /** Whether a bound was reached: nothing more of that kind is worth reading. */
  full(kind: Cut): boolean {
    return this.cuts.has(kind);
  }
  /** Room for `wanted` more characters, likewise. */
  takeChars(wanted: number): number {
    const room = Math.max(0, Math.min(wanted, this.maxChars - this.chars));
    this.chars += room;
    if (room < wanted) this.cuts.add('text');
    return room;
  }
}

/** A record's elements, and what had to be left out of them. */
export interface ReadEventResult {
  nodes: XmlNode[];
  cuts: Cut[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/**
 * Reads the binary XML of one chunk (64 KB). Names and templates are shared by the
 * records of a chunk and referred to by chunk offset, so both are cached here: each
 * byte of a chunk is decoded about once, whatever the number of records.
 */
export class ChunkReader {
  private readonly view: DataView;
  private readonly names = new Map<number, string>();
  private readonly templates = new Map<number, TNode[]>();
  private depth = 0;
  private budget = new Budget(0, 0);
  /** What the chunk's records have used of the chunk's limits so far. */
  private chunkElements = 0;
  private chunkChars = 0;

  constructor(private readonly chunk: Uint8Array) {
    this.view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }

  /**
   * The elements of a record's event, read from `start` up to `end` (chunk offsets), as
   * a tree of at most the record's share of the limits; `cuts` says what was left out.
   */
  readEvent(start: number, end: number): ReadEventResult {
    const L = EXPANSION_LIMITS;
    const elementsLeft = L.chunkElements - this.chunkElements;
    const charsLeft = L.chunkChars - this.chunkChars;
    if (elementsLeft <= 0 || charsLeft <= 0)
      throw new BinXmlError(
        'the records before it in its chunk already expand to the most a chunk may hold; it was not expanded',
      );
    const elements = Math.min(L.recordElements, elementsLeft);
    const chars = Math.min(L.recordChars, charsLeft);
    this.budget = new Budget(elements, chars);
    const graph = this.fragment({ pos: start, end }, []);
    // Templates and values are shared by reference: the tree is copied out within a
    // budget of its own, so a node met twice is paid for twice, and a deep one is cut off.
    const copy = new Budget(elements, chars);
    const built = this.budget;
    // A tree that shares no node and fits every bound would be copied as it is: it is
    // used as it is, with what the copy would have counted (most records are such).
    const fits =
      !built.shared &&
      built.cuts.size === 0 &&
      built.nodes <= elements &&
      built.textChars <= chars &&
      built.deepest <= L.depth;
    if (fits) {
      copy.elements = built.nodes;
      copy.chars = built.textChars;
    }
    const nodes = fits ? graph : expand(graph, copy, 0);
    this.chunkElements += Math.max(this.budget.elements, copy.elements);
    this.chunkChars += Math.max(this.budget.chars, copy.chars);
    const cuts = new Set([...this.budget.cuts, ...copy.cuts]);
    return { nodes, cuts: [...cuts] };
  }

  private need(cursor: { pos: number; end: number }, bytes: number): void {
    if (cursor.pos + bytes > cursor.end || cursor.pos + bytes > this.chunk.length)
      throw new BinXmlError(`binary XML runs past its end at offset ${cursor.pos}`);
  }
  private u8(c: { pos: number; end: number }): number {
    this.need(c, 1);
    return this.chunk[c.pos++] ?? 0;
  }
  private u16(c: { pos: number; end: number }): number {
    this.need(c, 2);
    const v = this.view.getUint16(c.pos, true);
    c.pos += 2;
    return v;
  }
  private u32(c: { pos: number; end: number }): number {
    this.need(c, 4);
    const v = this.view.getUint32(c.pos, true);
    c.pos += 4;
    return v;
  }

  /** A name by its chunk offset; when the offset is where we stand, the name follows inline. */
  private name(c: { pos: number; end: number }): string {
    const offset = this.u32(c);
    if (offset === c.pos) {
      const text = this.nameAt(offset);
      const chars = this.view.getUint16(offset + 6, true);
      c.pos = offset + 8 + chars * 2 + 2;
      return text;
    }
    return this.nameAt(offset);
  }

  private nameAt(offset: number): string {
    const known = this.names.get(offset);
    if (known !== undefined) return known;
    if (offset + 8 > this.chunk.length) throw new BinXmlError(`a name points outside the chunk`);
    const chars = this.view.getUint16(offset + 6, true);
    if (offset + 8 + chars * 2 > this.chunk.length)
      throw new BinXmlError(`a name runs outside the chunk`);
    const text = utf16(this.chunk.subarray(offset + 8, offset + 8 + chars * 2));
    this.names.set(offset, text);
    return text;
  }

  private text(c: { pos: number; end: number }): string {
    const chars = this.u16(c);
    this.need(c, chars * 2);
    const text = utf16(this.chunk.subarray(c.pos, c.pos + chars * 2));
    c.pos += chars * 2;
    return text;
  }

  /** A fragment or document: its elements until the end-of-file token or the end. */
  private fragment(c: { pos: number; end: number }, values: Value[] | undefined): XmlNode[] {
    const out: XmlNode[] = [];
    while (c.pos < c.end) {
      const token = this.chunk[c.pos] ?? 0;
      if (token === 0x00) {
        c.pos++;
        break;
      }
      if (token === 0x0f) {
        this.need(c, 4);
        c.pos += 4;
        continue;
      }
      if (token === 0x0c) {
        c.pos++;
        pushWithin(out, this.templateInstance(c), this.budget);
        continue;
      }
      if ((token & 0xbf) === 0x01) {
        out.push(...resolve([this.element(c)], values ?? [], this.budget));
        continue;
      }
      if (token === 0x0a || token === 0x0b) {
        this.processingInstruction(c);
        continue;
      }
      throw new BinXmlError(`unexpected token 0x${token.toString(16)} at offset ${c.pos}`);
    }
    return out;
  }

  private processingInstruction(c: { pos: number; end: number }): void {
    const token = this.u8(c);
    if (token === 0x0a) this.name(c);
    else this.text(c);
  }

  /** An element of a template or record, substitutions left as references. */
  private element(c: { pos: number; end: number }): TElement {
    if (++this.depth > 64) throw new BinXmlError('elements nest too deep');
    try {
      const token = this.u8(c);
      this.u16(c); // dependency identifier
      this.u32(c); // data size
      const name = this.name(c);
      const attrs: TElement['attrs'] = [];
      if (token & 0x40) {
        const size = this.u32(c);
        const stop = c.pos + size;
        while (c.pos < stop) {
          const at = this.u8(c);
          if ((at & 0xbf) !== 0x06) throw new BinXmlError(`expected an attribute at ${c.pos - 1}`);
          const attrName = this.name(c);
          attrs.push({ name: attrName, parts: this.parts(c) });
          if ((at & 0x40) === 0) break;
        }
      }
      const close = this.u8(c);
      const element: TElement = { kind: 'element', name, attrs, children: [] };
      if (close === 0x03) return element;
      if (close !== 0x02) throw new BinXmlError(`expected the end of a start tag at ${c.pos - 1}`);
      for (;;) {
        this.need(c, 1);
        const token2 = this.chunk[c.pos] ?? 0;
        if (token2 === 0x04) {
          c.pos++;
          return element;
        }
        if ((token2 & 0xbf) === 0x01) element.children.push(this.element(c));
        else if (token2 === 0x0c) {
          c.pos++;
          element.children.push({ kind: 'nodes', nodes: this.templateInstance(c) });
        } else if (token2 === 0x0a || token2 === 0x0b) this.processingInstruction(c);
        else {
          const parts = this.parts(c);
          // Nothing read means a token content cannot hold: stop, never loop on it.
          if (parts.length === 0)
            throw new BinXmlError(`unexpected token 0x${token2.toString(16)} at offset ${c.pos}`);
          element.children.push({ kind: 'text', parts });
        }
      }
    } finally {
      this.depth--;
    }
  }

  /** Value, substitution, character and entity tokens that make one run of text. */
  private parts(c: { pos: number; end: number }): Part[] {
    const parts: Part[] = [];
    for (;;) {
      this.need(c, 1);
      const token = this.chunk[c.pos] ?? 0;
      const base = token & 0xbf;
      if (base === 0x05) {
        c.pos++;
        this.u8(c); // value type: a string
        parts.push(this.text(c));
      } else if (token === 0x0d || token === 0x0e) {
        c.pos++;
        const sub = this.u16(c);
        const type = this.u8(c);
        parts.push({ sub, type });
      } else if (base === 0x08) {
        c.pos++;
        parts.push(String.fromCharCode(this.u16(c)));
      } else if (base === 0x09) {
        c.pos++;
        const entity = this.name(c);
        parts.push(ENTITIES[entity] ?? `&${entity};`);
      } else if (base === 0x07) {
        c.pos++;
        parts.push(this.text(c));
      } else {
        return parts;
      }
    }
  }

  /** A template instance: the template (inline or cached), then the values that fill it. */
  private templateInstance(c: { pos: number; end: number }): XmlNode[] {
    this.u8(c); // unknown
    this.u32(c); // template identifier
    const definition = this.u32(c);
    let template = this.templates.get(definition);
    if (definition === c.pos) {
      this.u32(c); // next template
      this.need(c, 16);
      c.pos += 16; // GUID
      const size = this.u32(c);
      const body = { pos: c.pos, end: c.pos + size };
      if (!template) template = this.templateBody(body);
      c.pos += size;
    } else if (!template) {
      if (definition + 24 > this.chunk.length)
        throw new BinXmlError('a template points outside the chunk');
      const size = this.view.getUint32(definition + 20, true);
      template = this.templateBody({ pos: definition + 24, end: definition + 24 + size });
    }
    this.templates.set(definition, template);

    const count = this.u32(c);
    if (count > 4096) throw new BinXmlError('a template has too many values');
    const sizes: Array<{ size: number; type: number }> = [];
    for (let i = 0; i < count; i++) {
      const size = this.u16(c);
      const type = this.u8(c);
      this.u8(c);
      sizes.push({ size, type });
    }
    const values: Value[] = [];
    for (const { size, type } of sizes) {
      this.need(c, size);
      const value: Value = { type, bytes: this.chunk.subarray(c.pos, c.pos + size), at: c.pos };
      if (type === 0x21) value.nodes = this.embedded(value);
      values.push(value);
      c.pos += size;
    }
    // A record cut short while it was written keeps its layout but not its text: long
    // string values that are nothing but zero bytes. Such a record is reported, not read.
    if (
      values.some((v) => v.type === 0x01 && v.bytes.length >= 16 && v.bytes.every((b) => b === 0))
    )
      throw new BinXmlError('its values were never written: the record is incomplete');
    return resolve(template, values, this.budget);
  }

  private templateBody(body: { pos: number; end: number }): TNode[] {
    const nodes: TNode[] = [];
    while (body.pos < body.end) {
      const token = this.chunk[body.pos] ?? 0;
      if (token === 0x00) break;
      if (token === 0x0f) {
        body.pos += 4;
        continue;
      }
      if ((token & 0xbf) === 0x01) nodes.push(this.element(body));
      else throw new BinXmlError(`unexpected token 0x${token.toString(16)} in a template`);
    }
    return nodes;
  }

  /** A value of type binary XML: a fragment of its own, inside the value's bytes. */
  private embedded(value: Value): XmlNode[] {
    if (++this.depth > 16) throw new BinXmlError('binary XML values nest too deep');
    try {
      return this.fragment({ pos: value.at, end: value.at + value.bytes.length }, []);
    } finally {
      this.depth--;
    }
  }
}

/** Appends `nodes` to `out` by reference, as many as the budget leaves room for. */
function pushWithin(out: XmlNode[], nodes: XmlNode[], budget: Budget): void {
  const room = budget.takeNodes(nodes.length);
  for (let i = 0; i < room; i++) out.push(nodes[i] as XmlNode);
}

/** Fills a template's substitutions with a record's values, within the record's budget. */
function resolve(nodes: TNode[], values: Value[], budget: Budget, level = 0): XmlNode[] {
  const out: XmlNode[] = [];
  if (nodes.length > 0) budget.deepest = Math.max(budget.deepest, level);
  const textOf = (parts: Part[]): XmlText => {
    let text = '';
    let list: string[] | undefined;
    const add = (more: string) => {
      const room = budget.takeChars(more.length);
      text += room < more.length ? more.slice(0, room) : more;
    };
    for (const part of parts) {
      if (budget.full('text')) break;
      if (typeof part === 'string') {
        add(part);
        continue;
      }
      const value = values[part.sub];
      if (!value || value.type === 0x00 || value.type === 0x21) continue;
      const formatted = (value.text ??= formatValue(value.type, value.bytes));
      if (Array.isArray(formatted)) {
        list = formatted;
        add(formatted.join(','));
      } else add(formatted);
    }
    return list ? { text, list } : { text };
  };
  for (const node of nodes) {
    if (node.kind === 'nodes') {
      if (node.nodes.length > 0) budget.shared = true;
      pushWithin(out, node.nodes, budget);
    } else if (node.kind === 'text') {
      // A substitution of binary XML brings elements; any other brings text.
      let xml = 0;
      for (const p of node.parts) {
        const value = typeof p === 'string' ? undefined : values[p.sub];
        if (value?.type !== 0x21) continue;
        xml++;
        if (value.nodes?.length) budget.shared = true;
        pushWithin(out, value.nodes ?? [], budget);
      }
      const text = textOf(node.parts);
      if (text.text !== '' || text.list || xml === 0) {
        out.push(text);
        budget.nodes++;
        budget.textChars += text.text.length;
      }
    } else {
      if (budget.takeNodes(1) === 0) continue;
      const attrs: Record<string, string> = {};
      for (const a of node.attrs) attrs[a.name] = textOf(a.parts).text;
      budget.nodes++;
      out.push({
        name: node.name,
        attrs,
        children: resolve(node.children, values, budget, level + 1),
      });
    }
  }
  return out;
}

/**
 * The record's elements as a tree of their own: every node met is paid for, each time
 * it is met, and nothing below `EXPANSION_LIMITS.depth` levels is kept.
 */
function expand(nodes: XmlNode[], budget: Budget, depth: number): XmlNode[] {
  if (depth > EXPANSION_LIMITS.depth) {
    if (nodes.length > 0) budget.cuts.add('nesting');
    return [];
  }
  const out: XmlNode[] = [];
  for (const node of nodes) {
    if (budget.takeNodes(1) === 0) break;
    if ('name' in node) {
      out.push({
        name: node.name,
        attrs: node.attrs,
        children: expand(node.children, budget, depth + 1),
      });
      continue;
    }
    const room = budget.takeChars(node.text.length);
    if (room < node.text.length) {
      out.push({ text: node.text.slice(0, room) });
      break;
    }
    out.push(node);
  }
  return out;
}
