import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { evtxSample } from '../test-fixtures/evtx-samples';
import { xmlExport } from '../test-fixtures/log-exports';
import { variedEvtx } from '../test-fixtures/varied-evtx';
import { readLog } from './read-log';

const SAMPLE = evtxSample('security-size-t-6chunks.evtx');

/** About 50 MB of .evtx: the sample's header, then its real chunks over and over. */
function bigEvtx(): Uint8Array {
  const sample = new Uint8Array(readFileSync(SAMPLE));
  const chunks = sample.subarray(4096);
  const copies = Math.ceil(50e6 / chunks.length);
  const out = new Uint8Array(4096 + copies * chunks.length);
  out.set(sample.subarray(0, 4096));
  for (let i = 0; i < copies; i++) out.set(chunks, 4096 + i * chunks.length);
  return out;
}

function bigXml(): Uint8Array {
  const events = xmlExport().split('<Events>')[1]?.replace('</Events>', '') ?? '';
  return new TextEncoder().encode(
    `<Events>${events.repeat(Math.ceil(50e6 / events.length))}</Events>`,
  );
}

describe('whole logs, about 50 MB (at most 3 s each on a 2-core machine)', () => {
  const evtx = bigEvtx();
  const xml = bigXml();
  bench(
    '50 MB .evtx (real chunks repeated)',
    () => {
      readLog(evtx);
    },
    { iterations: 2, time: 0 },
  );
  bench(
    '50 MB XML export',
    () => {
      readLog(xml);
    },
    { iterations: 2, time: 0 },
  );
});

describe('a realistic whole log, about 50 MB (at most 1.5 s in node)', () => {
  // Every sound sample's chunks in turn (System, Security, Application, PowerShell), with
  // ENTSSO events among them: about 92,000 records of varied templates.
  const varied = variedEvtx(50e6);
  bench(
    '50 MB .evtx of varied records',
    () => {
      readLog(varied);
    },
    { iterations: 3, time: 0 },
  );
});
