import Link from 'next/link';
import { buttonVariants } from '@/components/ui/button';
import { draftsHref, type ListParams } from './list-params';

const link = buttonVariants();

export function Pagination({ params, shown, nextCursor }: { params: ListParams; shown: number; nextCursor: string | null }) {
  if (!params.cursor && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3">
      <p className="text-sm text-stone-500 dark:text-stone-400">{shown === 1 ? '1 draft' : `${shown} drafts`} on this page</p>
      <div className="flex gap-2">
        {params.cursor && (
          <Link href={draftsHref(params)} className={link}>
            First page
          </Link>
        )}
        {nextCursor && (
          <Link href={draftsHref(params, { cursor: nextCursor })} className={link} rel="next">
            Next page →
          </Link>
        )}
      </div>
    </nav>
  );
}
