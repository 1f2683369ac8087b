import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * A page whose work is one form (a post, a batch), with what was made recently beside it: the form first on a phone,
 * the list to its right on a wide screen.
 */
export function FormPage({
  id,
  title,
  intro,
  children,
  aside,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  children: ReactNode;
  aside: { title: string; link?: { href: string; label: string }; children: ReactNode };
}) {
  return (
    <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section aria-labelledby={`${id}-heading`}>
        <h1 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="mt-1 mb-6 text-sm text-stone-600 dark:text-stone-400">{intro}</p>
        {children}
      </section>
      <section aria-labelledby={`${id}-aside-heading`}>
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id={`${id}-aside-heading`} className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">
            {aside.title}
          </h2>
          {aside.link && (
            <Link href={aside.link.href} className="text-sm text-amber-700 hover:underline dark:text-amber-400">
              {aside.link.label}
            </Link>
          )}
        </div>
        {aside.children}
      </section>
    </div>
  );
}
