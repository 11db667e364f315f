/**
 * Ids joined by one separator in a single text, as a database aggregates a column: a tenant's
 * million grant holders arrive as a few thousand such texts, and the decisions intern each holder
 * straight from its span of the text (see `IdIndex`), so a loaded tenant never makes a string per
 * grant. Iterating makes the strings, for the lists that need them.
 */
export class PackedIds implements Iterable<string> {
  /** How many ids the text holds: one more than its separators. */
  readonly length: number;

  constructor(
    readonly text: string,
    readonly separator: string,
  ) {
    let count = 1;
    for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) count++;
    this.length = count;
  }

  /** Calls `visit` with the start and end of each id's span, in order. */
  forEachSpan(visit: (start: number, end: number) => void): void {
    const { text, separator } = this;
    let start = 0;
    for (;;) {
      const end = text.indexOf(separator, start);
      visit(start, end === -1 ? text.length : end);
      if (end === -1) return;
      start = end + separator.length;
    }
  }

  /** Every id as its own string. */
  list(): string[] {
    return this.text.split(this.separator);
  }

  [Symbol.iterator](): Iterator<string> {
    return this.list()[Symbol.iterator]();
  }
}

/** A grant group's holders: a list of ids, or ids packed in one text. Either has a length and iterates ids. */
export type HolderIds = readonly string[] | PackedIds;
