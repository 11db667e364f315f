/**
 * What every modal surface (dialog, slide-out) does with the keyboard: focus stays inside
 * it, and Escape closes it without also closing whatever lies beneath.
 */
import { focusTrap } from './focus-trap.js';

export function modalSurface(node: HTMLElement, onclose: () => void) {
  const trap = focusTrap(node);
  let close = onclose;

  function onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  }

  node.addEventListener('keydown', onKeydown);
  return {
    update(next: () => void) {
      close = next;
    },
    destroy() {
      node.removeEventListener('keydown', onKeydown);
      trap.destroy();
    },
  };
}
