import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelLanes } from './label-lanes';

describe('labelLanes', () => {
  it('puts two close labels in two lanes, and a third close one in none when there are two', () => {
    expect(labelLanes([100, 110], [40, 40], 2)).toEqual([0, 1]);
    expect(labelLanes([100, 110, 120], [40, 40, 40], 2)).toEqual([0, 1, undefined]);
    expect(labelLanes([100, 200], [40, 40], 2)).toEqual([0, 0]);
  });

  it('never lets two labels of one lane overlap', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 600 }), w: fc.integer({ min: 1, max: 80 }) }),
        ),
        fc.integer({ min: 1, max: 4 }),
        (labels, lanes) => {
          const placed = labelLanes(
            labels.map((l) => l.x),
            labels.map((l) => l.w),
            lanes,
          );
          for (let a = 0; a < labels.length; a++)
            for (let b = a + 1; b < labels.length; b++) {
              if (placed[a] === undefined || placed[a] !== placed[b]) continue;
              const [p, q] = [labels[a]!, labels[b]!];
              const apart = Math.abs(p.x - q.x) >= (p.w + q.w) / 2;
              expect(apart).toBe(true);
            }
        },
      ),
    );
  });
});
