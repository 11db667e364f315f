/**
 * What a menu that drops down from a button does: Escape closes it and gives focus back to its
 * button, and it closes when focus leaves it (a tab past its last entry, a click elsewhere).
 * The node is the wrapper holding the button (its first button) and the panel.
 */
export function disclosure(node: HTMLElement, onclose: () => void) {
  let close = onclose;

  function onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    close();
    node.querySelector('button')?.focus();
  }

  function onFocusOut(event: FocusEvent) {
    if (!node.contains(event.relatedTarget as Node | null)) close();
  }

  node.addEventListener('keydown', onKeydown);
  node.addEventListener('focusout', onFocusOut);
  return {
    update(next: () => void) {
      close = next;
    },
    destroy() {
      node.removeEventListener('keydown', onKeydown);
      node.removeEventListener('focusout', onFocusOut);
    },
  };
}
