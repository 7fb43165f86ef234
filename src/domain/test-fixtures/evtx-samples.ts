import { join } from 'node:path';

/**
 * The project's own copy of the real `.evtx` samples and their oracles (see its README).
 * Tests run from the project folder, so the path never leaves it.
 */
export const EVTX_SAMPLES = join(process.cwd(), 'src', 'domain', 'evtx', 'samples');

export const evtxSample = (name: string) => join(EVTX_SAMPLES, name);
