import type { ReactNode } from 'react';
import type { Interruption } from '@/lib/drafts/draft';

/**
 * Why writing ended before the post did, with what to do (a Resume button as `children`). A person's own Stop
 * reads as a pause, in calm colours; a failure or a restart keeps the alarm colours and is announced.
 */
export function InterruptionBanner({
  interruption,
  message,
  children,
}: {
  interruption: Interruption | null;
  message: string;
  children?: ReactNode;
}) {
  const stopped = interruption === 'stopped';
  return (
    <div
      role={stopped ? 'status' : 'alert'}
      data-testid="generation-error"
      data-interruption={interruption ?? undefined}
      className={`flex flex-wrap items-center gap-3 rounded-lg border px-4 py-3 text-sm ${
        stopped
          ? 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100'
          : 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100'
      }`}
    >
      <p className="flex-1">{message}</p>
      {children}
    </div>
  );
}
