/**
 * The growing (principal, project) entries of `CompiledMasks`, kept in typed arrays that double
 * when full, so folding a million grants allocates a handful of buffers rather than a million numbers.
 */
export class EntryBuffer {
  count = 0;
  project = new Int32Array(1024);
  full: Uint32Array;
  referenced: Uint32Array;
  emailed = new Uint8Array(1024);

  constructor(readonly words: number) {
    this.full = new Uint32Array(1024 * words);
    this.referenced = new Uint32Array(1024 * words);
  }

  add({ project }: { project: number }): number {
    if (this.count === this.project.length) this.grow();
    this.project[this.count] = project;
    return this.count++;
  }

  orFull({ entry, mask }: { entry: number; mask: Uint32Array }): void {
    for (let w = 0; w < this.words; w++) this.full[entry * this.words + w]! |= mask[w]!;
  }

  orReferenced({ entry, mask }: { entry: number; mask: Uint32Array }): void {
    for (let w = 0; w < this.words; w++) this.referenced[entry * this.words + w]! |= mask[w]!;
  }

  /** Trimmed copies, so the compiled tenant holds no slack. */
  finish(): { entryProject: Int32Array; entryFull: Uint32Array; entryReferenced: Uint32Array; entryEmailed: Uint8Array } {
    return {
      entryProject: this.project.slice(0, this.count),
      entryFull: this.full.slice(0, this.count * this.words),
      entryReferenced: this.referenced.slice(0, this.count * this.words),
      entryEmailed: this.emailed.slice(0, this.count),
    };
  }

  private grow(): void {
    const capacity = this.project.length * 2;
    this.project = copyInto(new Int32Array(capacity), this.project);
    this.emailed = copyInto(new Uint8Array(capacity), this.emailed);
    this.full = copyInto(new Uint32Array(capacity * this.words), this.full);
    this.referenced = copyInto(new Uint32Array(capacity * this.words), this.referenced);
  }
}

function copyInto<T extends Int32Array | Uint32Array | Uint8Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
