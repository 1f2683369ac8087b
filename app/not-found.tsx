import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold text-amber-600 dark:text-amber-400">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">This page does not exist</h1>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        The draft may have been deleted, or the address is mistyped. Find it among your drafts, or start a new post.
      </p>
      <div className="flex justify-center gap-3">
        <Link href="/drafts" className={buttonVariants({ variant: 'primary', size: 'lg' })}>
          Go to drafts
        </Link>
        <Link href="/" className={buttonVariants({ size: 'lg' })}>
          Write a new post
        </Link>
      </div>
    </section>
  );
}
