import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonVariants } from '@/components/ui/button';

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
      <Link href={action.href} className={buttonVariants({ variant: action.primary ? 'primary' : 'outline', className: 'mt-4' })}>
        {action.label}
      </Link>
    </div>
  );
}
