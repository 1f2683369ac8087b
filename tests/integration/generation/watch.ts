// Reads a draft's live event stream as a browser does, through the same function the route serves it with.
export type ViewerEvent = { event: string; data: unknown };

/** Reads a draft's event stream as a browser would, until it closes or `until` says stop. */
export async function watch(id: string, offset: number, signal?: AbortSignal, until?: (events: ViewerEvent[]) => boolean) {
  const { openDraftEventStream } = await import('@/lib/generation/viewer-stream');
  const stream = await openDraftEventStream({ id, offset, signal: signal ?? new AbortController().signal });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const events: ViewerEvent[] = [];
  let buffer = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
      end = buffer.indexOf('\n\n');
    }
    if (until?.(events)) {
      await reader.cancel();
      break;
    }
  }
  // The text from `offset` on, each delta placed at its own offset as the live page places it.
  let text = '';
  for (const item of events) {
    if (item.event !== 'delta') continue;
    const delta = item.data as { text: string; offset: number };
    const at = delta.offset - offset;
    text = text.slice(0, Math.max(at, 0)) + delta.text.slice(Math.max(-at, 0));
  }
  return { events, text };
}
