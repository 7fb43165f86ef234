import { readFileSync } from 'node:fs';
import { craftedEvtx, plainRecord } from './crafted-evtx';
import { evtxSample } from './evtx-samples';

/** The samples whose chunks are whole and sound: the varied log is made of them. */
const SOUND = [
  'system-binary-9chunks.evtx',
  'security-size-t-6chunks.evtx',
  'application-no-crc32.evtx',
  'powershell-two-channels-boxdrawing.evtx',
  'languagepack-incomplete-template.evtx',
  'security-short-renumbered.evtx',
];

const HEADER = 4096;
const CHUNK = 65536;

/** Every this many chunks, one of ENTSSO events: a failure among much else, as in a real log. */
const ENTSSO_EVERY = 40;

/**
 * About `bytes` of .evtx made of every sound sample's chunks in turn, so that templates,
 * providers and record shapes vary as in a real Application log, not one chunk repeated;
 * every 40th chunk holds 20 ENTSSO events.
 */
export function variedEvtx(bytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let header: Uint8Array | undefined;
  for (const name of SOUND) {
    const file = new Uint8Array(readFileSync(evtxSample(name)));
    header ??= file.subarray(0, HEADER);
    for (let at = HEADER; at + CHUNK <= file.length; at += CHUNK) {
      const chunk = file.subarray(at, at + CHUNK);
      // Only chunks that hold records (a chunk past the file's count is all zeros).
      if (String.fromCharCode(...chunk.subarray(0, 8)) === 'ElfChnk\0') chunks.push(chunk);
    }
  }
  if (!header) throw new Error('no sample');
  const entsso = craftedEvtx(
    Array.from({ length: 20 }, (_, i) => plainRecord(`SSO0${i % 4}`)),
  ).subarray(HEADER, HEADER + CHUNK);
  const count = Math.ceil((bytes - HEADER) / CHUNK);
  const out = new Uint8Array(HEADER + count * CHUNK);
  out.set(header);
  for (let i = 0; i < count; i++) {
    const chunk = i % ENTSSO_EVERY === ENTSSO_EVERY - 1 ? entsso : chunks[i % chunks.length];
    if (chunk) out.set(chunk, HEADER + i * CHUNK);
  }
  return out;
}
