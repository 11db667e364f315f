/**
 * Lists of integers grouped by an owner index, in compressed-row form: the values of owner `o`
 * are `values[start[o]]` … `values[start[o + 1] - 1]`. Two passes over typed arrays instead of a
 * Map of arrays keep a million grants from becoming a million small allocations.
 */
export interface Adjacency {
  start: Int32Array;
  values: Int32Array;
}

/** `owners[i]` owns `values[i]`; negative owners are skipped. */
export function buildAdjacency({ size, owners, values }: { size: number; owners: ArrayLike<number>; values: ArrayLike<number> }): Adjacency {
  const start = new Int32Array(size + 1);
  for (let i = 0; i < owners.length; i++) if (owners[i]! >= 0) start[owners[i]! + 1]!++;
  for (let o = 0; o < size; o++) start[o + 1]! += start[o]!;
  const fill = start.slice(0, size);
  const grouped = new Int32Array(start[size]!);
  for (let i = 0; i < owners.length; i++) if (owners[i]! >= 0) grouped[fill[owners[i]!]!++] = values[i]!;
  return { start, values: grouped };
}

/** Owner/value pairs collected one at a time before `buildAdjacency`. */
export class PairList {
  owners: number[] = [];
  values: number[] = [];

  add({ owner, value }: { owner: number; value: number }): void {
    if (owner < 0) return;
    this.owners.push(owner);
    this.values.push(value);
  }

  build({ size }: { size: number }): Adjacency {
    return buildAdjacency({ size, owners: this.owners, values: this.values });
  }
}
