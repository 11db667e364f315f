/** A short message announced politely (or assertively for errors) and dismissed after a while. */
export interface ToastMessage {
  id: number;
  text: string;
  tone: 'info' | 'success' | 'error';
}

class ToastQueue {
  items: ToastMessage[] = $state([]);
  #next = 0;

  show({ text, tone = 'info', timeoutMs = 6000 }: { text: string; tone?: ToastMessage['tone']; timeoutMs?: number }) {
    const id = ++this.#next;
    this.items.push({ id, text, tone });
    if (timeoutMs > 0) setTimeout(() => this.dismiss({ id }), timeoutMs);
  }

  dismiss({ id }: { id: number }) {
    this.items = this.items.filter((item) => item.id !== id);
  }
}

export const toasts = new ToastQueue();
