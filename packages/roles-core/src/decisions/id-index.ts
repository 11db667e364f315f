/**
 * Ids to their dense index in a list the caller owns, by open addressing over one typed array.
 * A loaded tenant interns a quarter of a million users and a million grant holders: a `Map` made
 * a string per holder and cost a hash entry per user, where this table hashes a holder's span of
 * a packed text in place (see `PackedIds`) and keeps two numbers per id.
 *
 * The hash is seeded at random per table, so ids chosen to collide (a directory is replaced by
 * whoever holds the platform token) cannot be chosen for a table they cannot see.
 */
const EMPTY = -1;

export class IdIndex {
  /** Pairs of (hash, index); an index of EMPTY marks a free slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  private readonly seed = (Math.random() * 0x1_0000_0000) | 0;

  /** `ids[index]` is the id an index stands for. */
  constructor(
    private readonly ids: readonly (string | null)[],
    expected = 16,
  ) {
    const capacity = capacityFor(expected);
    this.slots = new Int32Array(capacity * 2).fill(EMPTY);
    this.mask = capacity - 1;
  }

  indexOf(id: string): number {
    const hash = this.hash(id, 0, id.length);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot * 2 + 1]!;
      if (index === EMPTY) return -1;
      if (this.slots[slot * 2] === hash && this.ids[index] === id) return index;
    }
  }

  /** The index of the id written in `text` from `start` to `end`, without making its string. */
  indexOfSpan(text: string, start: number, end: number): number {
    const hash = this.hash(text, start, end);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot * 2 + 1]!;
      if (index === EMPTY) return -1;
      if (this.slots[slot * 2] === hash && spanEquals(this.ids[index]!, text, start, end)) return index;
    }
  }

  /**
   * The index filed under `id`, or else `next`, filed under it now (the caller then appends `id`
   * to its list at `next`): one hash and one probe either way.
   */
  intern(id: string, next: number): number {
    const hash = this.hash(id, 0, id.length);
    let slot = hash & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot * 2 + 1]!;
      if (index === EMPTY) break;
      if (this.slots[slot * 2] === hash && this.ids[index] === id) return index;
    }
    if ((this.count + 1) * 2 > this.mask + 1) {
      this.grow();
      slot = this.freeSlot(hash);
    }
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = next;
    this.count++;
    return next;
  }

  private freeSlot(hash: number): number {
    let slot = hash & this.mask;
    while (this.slots[slot * 2 + 1] !== EMPTY) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    this.mask = old.length - 1;
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot + 1] === EMPTY) continue;
      const free = this.freeSlot(old[slot]!);
      this.slots[free * 2] = old[slot]!;
      this.slots[free * 2 + 1] = old[slot + 1]!;
    }
  }

  /** FNV-1a over the UTF-16 code units from the seed, then murmur3's finaliser to spread the low bits the mask keeps. */
  private hash(text: string, start: number, end: number): number {
    let hash = this.seed ^ 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    return hash ^ (hash >>> 16);
  }
}

/** The smallest power of two at least twice `expected`: a table at most half full probes little. */
function capacityFor(expected: number): number {
  return 2 ** Math.max(4, Math.ceil(Math.log2(Math.max(1, expected) * 2)));
}

function spanEquals(id: string, text: string, start: number, end: number): boolean {
  if (id.length !== end - start) return false;
  for (let at = 0; at < id.length; at++) if (id.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}
