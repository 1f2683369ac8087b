import Link from 'next/link';
import { draftsHref, type ListParams } from './list-params';

const link =
  'rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';

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
