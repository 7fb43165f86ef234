/** The lines around the evidence collector's block (triage contract), and its format. */
export const BLOCK_BEGIN = '-----BEGIN ENTSSO TRIAGE-----';
export const BLOCK_END = '-----END ENTSSO TRIAGE-----';
export const BLOCK_FORMAT = 'entsso-triage/1';

const ODD_SPACES = /[\u00a0\u2007\u202f]/g;

export interface SplitText {
  /** The text between the markers (with them), when there is a BEGIN line. */
  block?: string;
  /** Everything else: perhaps an event pasted along with the block. */
  rest: string;
}

/**
 * Finds the block in pasted text: console noise and a prompt around it stay out. Small
 * on purpose: the start page uses it to know whether to load the block reader at all.
 */
export function splitBlock(pasted: string): SplitText {
  // Mail and chat clients turn spaces into non-breaking ones: read them as spaces.
  const text = pasted.replace(ODD_SPACES, ' ');
  const begin = text.indexOf(BLOCK_BEGIN);
  if (begin < 0) return { rest: text };
  // Two runs pasted together stay in one block, for the reader to refuse as a whole
  // rather than use the first and let the second pass for event text.
  const end = text.indexOf(BLOCK_END, text.lastIndexOf(BLOCK_BEGIN));
  const stop = end < 0 ? text.length : end + BLOCK_END.length;
  return { block: text.slice(begin, stop), rest: text.slice(0, begin) + text.slice(stop) };
}

/**
 * Every block in pasted text, each from BEGIN to its END (blocks from several computers
 * pasted one after another), and the text around them. A BEGIN with no END keeps the rest
 * of the text, for the reader to say it was cut off.
 */
export function splitBlocks(pasted: string): { blocks: string[]; rest: string } {
  const text = pasted.replace(ODD_SPACES, ' ');
  const blocks: string[] = [];
  let rest = '';
  let at = 0;
  for (;;) {
    const begin = text.indexOf(BLOCK_BEGIN, at);
    if (begin < 0) break;
    rest += text.slice(at, begin);
    const end = text.indexOf(BLOCK_END, begin);
    const stop = end < 0 ? text.length : end + BLOCK_END.length;
    blocks.push(text.slice(begin, stop));
    at = stop;
  }
  return { blocks, rest: rest + text.slice(at) };
}
