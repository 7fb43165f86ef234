/**
 * Places labels centred on points along a line into lanes so that no two overlap: each
 * label takes the first lane whose last label ends before it starts, and a label with
 * no free lane is left out (the list beside the picture names every point anyway).
 * Returns each label's lane, or undefined for one left out. Linear in the labels.
 */
export function labelLanes(
  centres: readonly number[],
  widths: readonly number[],
  lanes: number,
  gap = 4,
): Array<number | undefined> {
  const order = centres.map((_, i) => i).sort((a, b) => (centres[a] ?? 0) - (centres[b] ?? 0));
  const laneEnd = new Array<number>(lanes).fill(-Infinity);
  const placed = new Array<number | undefined>(centres.length).fill(undefined);
  for (const i of order) {
    const left = (centres[i] ?? 0) - (widths[i] ?? 0) / 2;
    const lane = laneEnd.findIndex((end) => end + gap <= left);
    if (lane < 0) continue;
    placed[i] = lane;
    laneEnd[lane] = left + (widths[i] ?? 0);
  }
  return placed;
}
