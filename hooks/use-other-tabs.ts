'use client';

import { useEffect, useState } from 'react';

type Message = { kind: 'open' | 'here' | 'closed'; tab: string };

/**
 * How many other tabs of this browser have the same draft open, told through a BroadcastChannel: each tab says when it
 * opens and closes, and answers a newcomer, so a person knows their edits may meet another tab's (they merge on save).
 */
export function useOtherTabs(draftId: string): number {
  const [others, setOthers] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const tab = crypto.randomUUID();
    const channel = new BroadcastChannel(`postsmith:draft:${draftId}`);
    const post = (kind: Message['kind']) => channel.postMessage({ kind, tab } satisfies Message);
    channel.onmessage = (event: MessageEvent<Message>) => {
      const { kind, tab: from } = event.data;
      if (from === tab) return;
      setOthers((current) => {
        const next = new Set(current);
        if (kind === 'closed') next.delete(from);
        else next.add(from);
        return next;
      });
      if (kind === 'open') post('here');
    };
    post('open');
    const leave = () => post('closed');
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      channel.close();
    };
  }, [draftId]);

  return others.size;
}
