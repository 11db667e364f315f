/**
 * Every portal form keeps what was typed when the answer is not the one hoped for (issue 17):
 * - the API (or the portal) cannot be reached: the form stays as it is and says so in words;
 * - the session has ended: the draft is put aside in this tab, the person signs in again, comes
 *   back to the same page, and finds the draft there again, to check and submit.
 * `use:keepWork` is SvelteKit's `use:enhance` with this added; forms pass their own submit function.
 */
import { applyAction, enhance } from '$app/forms';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { ActionResult, SubmitFunction } from '@sveltejs/kit';
import { toasts } from '@loome/ui';
import { UNREACHABLE, type Problem } from '../problem.js';
import { peekDraft, saveDraft, takeDraft } from '../session/drafts.js';
import { isSignInLocation, signInPathFor } from '../session/sign-in-path.js';

export interface KeepWorkOptions {
  /**
   * The form's name on its page (unique there): drafts are kept by page and form. `null` for a
   * form with nothing typed (one button): signing in again only brings the person back.
   */
  draft: string | null;
  /** The form's own submit function, as for `use:enhance`. */
  submit?: SubmitFunction;
  /** The draft, where it is more than the form's fields (chips, picks): taken at submit. */
  capture?: () => unknown;
  /**
   * Gives a kept draft back once the form is on the page again; by default into the form's own
   * fields. `null`: the form's owner gives it back (e.g. reopens the dialog the form is in).
   */
  restore?: ((kept: unknown) => void) | null;
}

type Outcome = Parameters<Exclude<Awaited<ReturnType<SubmitFunction>>, void>>[0];

const RESTORED = 'You are signed in again. What you entered is back here and not saved yet: check it and submit again.';

/** Who is signed in (the shell's `userEmail`): a draft goes back only to the person who typed it. */
function signedInEmail(): string | null {
  return (page.data as { userEmail?: string | null }).userEmail ?? null;
}

const placeOf = (draft: string) => ({ page: location.pathname, form: draft });

/** Puts the draft aside and asks to sign in again, then to come back to this page (path and query). */
export async function signInAgainKeeping({ draft, value }: { draft: string | null; value: unknown }): Promise<void> {
  if (draft !== null) saveDraft({ place: placeOf(draft), by: signedInEmail(), value });
  await goto(signInPathFor({ next: `${location.pathname}${location.search}`, ended: true }));
}

/** Whether a draft waits for this form, without taking it (to open the slide-out or dialog it belongs in). */
export function peekKeptDraft<T>({ draft }: { draft: string }): T | undefined {
  return peekDraft<T>({ place: placeOf(draft), by: signedInEmail() });
}

/** Takes the draft kept for this form, if any, and says that it is back. */
export function takeKeptDraft<T>({ draft }: { draft: string }): T | undefined {
  const kept = takeDraft<T>({ place: placeOf(draft), by: signedInEmail() });
  if (kept !== undefined) toasts.show({ text: RESTORED, tone: 'info', timeoutMs: 12_000 });
  return kept;
}

/** The text fields as they were sent (files are never kept). */
function fieldsOf({ formData }: { formData: FormData }): [string, string][] {
  return [...formData].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

const NOT_RESTORED = new Set(['hidden', 'submit', 'button', 'reset', 'file', 'password', 'image']);

/** Writes kept values back into the form's fields and tells Svelte (its `bind:value` listens to input and change). */
function restoreFields({ form, kept }: { form: HTMLFormElement; kept: unknown }): void {
  if (!Array.isArray(kept)) return;
  for (const [name, value] of kept as [string, string][]) {
    const found = form.elements.namedItem(name);
    const fields = found instanceof RadioNodeList ? [...found] : found ? [found] : [];
    for (const field of fields) {
      if (field instanceof HTMLInputElement) {
        if (NOT_RESTORED.has(field.type)) continue;
        if (field.type === 'checkbox' || field.type === 'radio') field.checked = field.value === value;
        else field.value = value;
      } else if (field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) {
        field.value = value;
      } else continue;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

/** An answer that never came (no connection to the portal) or a failure of the portal itself, as a problem in the form. */
function problemOf({ result }: { result: Extract<ActionResult, { type: 'error' }> }): Problem {
  return result.status === undefined
    ? { code: UNREACHABLE, message: 'The portal could not be reached. Check your connection and try again.' }
    : { code: 'INTERNAL', message: 'Something went wrong on our side. What you entered is still here: try again in a moment.' };
}

export function keepWork(form: HTMLFormElement, initial: KeepWorkOptions) {
  let options = initial;

  if (options.draft !== null && options.restore !== null) {
    const kept = takeKeptDraft({ draft: options.draft });
    if (kept !== undefined) (options.restore ?? ((value: unknown) => restoreFields({ form, kept: value })))(kept);
  }

  const submit: SubmitFunction = async (input) => {
    const after = await options.submit?.(input);
    // Taken after the form's own submit function, which may have finished the draft (a typed address made a chip).
    const kept = options.capture ? options.capture() : fieldsOf({ formData: input.formData });
    return async (outcome: Outcome) => {
      const { result } = outcome;
      if (result.type === 'redirect' && isSignInLocation({ location: result.location, base: location.href })) {
        await signInAgainKeeping({ draft: options.draft, value: kept });
        return;
      }
      // The page stays as it is: SvelteKit would otherwise swap it for the error page, and the draft with it.
      let answered = outcome;
      if (result.type === 'error') {
        const failure: ActionResult = { type: 'failure', status: result.status ?? 502, data: { problem: problemOf({ result }) } };
        answered = { ...outcome, result: failure, update: () => applyAction(failure) };
      }
      if (after) await after(answered);
      else await answered.update();
    };
  };

  const enhanced = enhance(form, submit);
  return {
    update(next: KeepWorkOptions) {
      options = next;
    },
    destroy: () => enhanced.destroy(),
  };
}
