/**
 * What someone was entering when their session ended, kept in this browser tab's sessionStorage
 * while they sign in again, and given back on the same page (issue 17). Keyed by page (path) and
 * form; a draft is given back once, and only to the person who typed it.
 */
const PREFIX = 'loome-draft:';

export interface DraftPlace {
  /** The page's path, e.g. `/t/…/roles`. */
  page: string;
  /** The form's name on that page, e.g. `add-members`. */
  form: string;
}

interface StoredDraft {
  /** The signed-in email when it was typed: another person signing in in this tab does not get it. */
  by: string | null;
  value: unknown;
}

/** sessionStorage where there is one (the browser), nothing elsewhere; tests pass their own. */
function storageOf(storage?: Storage): Storage | null {
  if (storage) return storage;
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    // Storage refused (privacy settings): drafts are simply not kept.
    return null;
  }
}

const keyOf = ({ page, form }: DraftPlace) => `${PREFIX}${page}#${form}`;

export function saveDraft({ place, by, value, storage }: { place: DraftPlace; by: string | null; value: unknown; storage?: Storage }): void {
  try {
    storageOf(storage)?.setItem(keyOf(place), JSON.stringify({ by, value } satisfies StoredDraft));
  } catch {
    // Full or refused: the person is still sent to sign in, only without the draft.
  }
}

function readDraft({ place, by, storage }: { place: DraftPlace; by: string | null; storage?: Storage }): { found: boolean; value: unknown } {
  const text = storageOf(storage)?.getItem(keyOf(place));
  if (!text) return { found: false, value: undefined };
  try {
    const stored = JSON.parse(text) as StoredDraft;
    return stored.by === by ? { found: true, value: stored.value } : { found: false, value: undefined };
  } catch {
    return { found: false, value: undefined };
  }
}

/** The draft kept for this place and person, left in place (to decide, e.g., which slide-out to open). */
export function peekDraft<T>({ place, by, storage }: { place: DraftPlace; by: string | null; storage?: Storage }): T | undefined {
  const { found, value } = readDraft({ place, by, storage });
  return found ? (value as T) : undefined;
}

/** The draft kept for this place and person, removed as it is given back; a draft of someone else is dropped. */
export function takeDraft<T>({ place, by, storage }: { place: DraftPlace; by: string | null; storage?: Storage }): T | undefined {
  const { found, value } = readDraft({ place, by, storage });
  storageOf(storage)?.removeItem(keyOf(place));
  return found ? (value as T) : undefined;
}

/** Every draft of this tab: on signing out, nothing typed is left for the next person. */
export function clearDrafts({ storage }: { storage?: Storage } = {}): void {
  const store = storageOf(storage);
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => key?.startsWith(PREFIX) ?? false);
  for (const key of keys) store.removeItem(key);
}
