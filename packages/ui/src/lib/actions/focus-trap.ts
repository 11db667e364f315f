/**
 * Keeps Tab and Shift+Tab inside a modal surface, moves focus into it when it opens and
 * gives focus back to whatever had it before, so keyboard users never land behind a modal.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Where Tab must send focus so it stays inside: from the last item back to the first and
 * the other way round; `null` lets the browser move focus as usual. `stay` means nothing
 * inside can take focus, so the key must do nothing.
 */
export function wrapFocus<T>({ items, active, shiftKey }: { items: T[]; active: unknown; shiftKey: boolean }): T | 'stay' | null {
  if (items.length === 0) return 'stay';
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (shiftKey && active === first) return last;
  if (!shiftKey && active === last) return first;
  return null;
}

export function focusTrap(node: HTMLElement) {
  const previouslyFocused = document.activeElement as HTMLElement | null;
  const focusables = () => Array.from(node.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null || el === document.activeElement);

  queueMicrotask(() => {
    const preferred = node.querySelector<HTMLElement>('[data-autofocus]') ?? focusables()[0] ?? node;
    preferred.focus();
  });

  function onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const target = wrapFocus({ items: focusables(), active: document.activeElement, shiftKey: event.shiftKey });
    if (target === null) return;
    event.preventDefault();
    if (target !== 'stay') target.focus();
  }

  node.addEventListener('keydown', onKeydown);
  return {
    destroy() {
      node.removeEventListener('keydown', onKeydown);
      previouslyFocused?.focus?.();
    },
  };
}
