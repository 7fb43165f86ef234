import { describe, expect, it } from 'vitest';
import { EVENT_MODELS } from './registry';

describe('"Then verify" lines', () => {
  it('are plain sentences that say what to do, not labels', async () => {
    for (const entry of EVENT_MODELS) {
      const model = await entry.load();
      for (const [id, cause] of Object.entries(model.text.causes))
        for (const line of cause.verify) {
          const where = `${entry.event} ${id}: ${line}`;
          // "Event 10523 (…) on the server." names a thing; a person needs the action.
          expect(line, where).not.toMatch(/^Event \d/);
          expect(line, where).toMatch(/\b(look for|look|keep|generate|back up|restore)\b/i);
          expect(line, where).not.toMatch(/\binferred\b/);
          expect(line, where).toMatch(/^[A-Z].*[.)]$/);
        }
    }
  });
});
