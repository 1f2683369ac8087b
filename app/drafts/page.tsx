import Link from 'next/link';
import { DraftList } from '@/components/draft-list';
import { listDrafts } from '@/lib/drafts/queries';
import { ListDraftsQuery } from '@/lib/drafts/schemas';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Drafts' };

export default async function DraftsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const query = ListDraftsQuery.parse({ limit: 50, cursor });
  const { items, nextCursor } = await listDrafts(query);
  return (
    <div>
      <div className="mb-6 flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold tracking-tight">Drafts</h1>
        <Link href="/" className="rounded-lg bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-amber-700">
          New post
        </Link>
      </div>
      <DraftList drafts={items} emptyMessage="No drafts yet. Start one from New post." />
      {nextCursor && (
        <div className="mt-4 text-center">
          <Link
            href={`/drafts?cursor=${encodeURIComponent(nextCursor)}`}
            className="text-sm text-amber-700 hover:underline dark:text-amber-400"
          >
            Older drafts →
          </Link>
        </div>
      )}
    </div>
  );
}
