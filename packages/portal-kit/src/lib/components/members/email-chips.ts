/**
 * Add Members' address chips (issue 17): one chip per typed or pasted address, in the order
 * given, so that the API's `invalidEntries` positions (1-based, over the non-empty entries of
 * the semicolon list the chips are sent as, R2) point at chips.
 */

/** Splits typed or pasted text at semicolons, commas and line breaks; blanks are dropped. */
export function splitAddresses({ text }: { text: string }): string[] {
  return text
    .split(/[;,\n\r]+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** Adds new addresses after the chips already there; an address already chosen (any case) is not added twice. */
export function addChips({ chips, added }: { chips: string[]; added: string[] }): string[] {
  const seen = new Set(chips.map((chip) => chip.toLowerCase()));
  const next = [...chips];
  for (const address of added) {
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    next.push(address);
  }
  return next;
}

/** The field value the API parses (R2): the chips as one semicolon list. */
export const chipsAsList = ({ chips }: { chips: string[] }): string => chips.join('; ');

/**
 * The chips a refusal names, by value: marks stay on the right chip when others are edited,
 * removed or added before the next submit.
 */
export function invalidChips({ sent, invalidEntries }: { sent: string[]; invalidEntries: { position: number }[] | undefined }): Set<string> {
  const marked = new Set<string>();
  for (const { position } of invalidEntries ?? []) {
    const chip = sent[position - 1];
    if (chip !== undefined) marked.add(chip);
  }
  return marked;
}

/** "1 address", "137 addresses". */
export const countAddresses = (count: number): string => `${count} ${count === 1 ? 'address' : 'addresses'}`;
