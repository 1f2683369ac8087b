import Link from 'next/link';
import type { ReactNode } from 'react';

const link =
  'rounded-lg px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500';

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action: { href: string; label: string; primary?: boolean };
}) {
  return (
    <div
      data-testid="drafts-empty"
      className="rounded-xl border border-dashed border-stone-300 px-6 py-12 text-center dark:border-stone-700"
    >
      <h2 className="text-base font-semibold">{title}</h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-stone-500 dark:text-stone-400">{children}</p>
      <Link
        href={action.href}
        className={`mt-4 inline-block ${link} ${
          action.primary
            ? 'bg-amber-600 text-white hover:bg-amber-700'
            : 'border border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800'
        }`}
      >
        {action.label}
      </Link>
    </div>
  );
}
