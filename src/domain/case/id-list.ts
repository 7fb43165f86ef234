/** A set of numbers as a link value: unique, ascending, comma-separated; undefined when empty. */
export function idListParam(ids: Iterable<number>): string | undefined {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  return sorted.length > 0 ? sorted.join(',') : undefined;
}

/** The list with one number added or taken away. */
export function toggled(ids: Iterable<number>, id: number, on: boolean): number[] {
  const next = new Set(ids);
  if (on) next.add(id);
  else next.delete(id);
  return [...next];
}
