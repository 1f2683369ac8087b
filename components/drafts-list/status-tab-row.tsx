'use client';

import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The status tabs' row: on a narrow screen it scrolls sideways, so the tab of the page being shown is scrolled into
 * view (Stopped and Failed sit past the right edge of a 390 px phone).
 */
export function StatusTabRow({ activeKey, children }: { activeKey: string; children: ReactNode }) {
  const row = useRef<HTMLElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the row scrolls again whenever another tab becomes the page's.
  useEffect(() => {
    const nav = row.current;
    const active = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !active) return;
    const left = active.offsetLeft;
    const right = left + active.offsetWidth;
    // The row is the tab's offsetParent (relative), so offsetLeft is its place in the row. Only the row scrolls,
    // never the page (scrollIntoView would move the window too).
    if (left < nav.scrollLeft) nav.scrollLeft = left;
    else if (right > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = right - nav.clientWidth;
  }, [activeKey]);

  return (
    <nav ref={row} aria-label="Drafts by status" className="relative overflow-x-auto border-b border-stone-200 dark:border-stone-800">
      {children}
    </nav>
  );
}
