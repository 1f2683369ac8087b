import Link from 'next/link';
import { BulkActionBar } from '@/components/drafts-list/bulk-action-bar';
import { DraftsFilters } from '@/components/drafts-list/drafts-filters';
import { DraftsTable } from '@/components/drafts-list/drafts-table';
import { EmptyState } from '@/components/drafts-list/empty-state';
import { draftsHref, type ListParams, STATUS_LABELS } from '@/components/drafts-list/list-params';
import { Pagination } from '@/components/drafts-list/pagination';
import { readListParams } from '@/components/drafts-list/read-list-params';
import { SelectionProvider } from '@/components/drafts-list/selection-provider';
import { StatusTabs } from '@/components/drafts-list/status-tabs';
import { listPeople } from '@/lib/accounts';
import { roleMay } from '@/lib/accounts/roles';
import { currentPrincipal, principalId, principalRole } from '@/lib/auth';
import { listCategories } from '@/lib/categories';
import { countDraftsByStatus, listDrafts } from '@/lib/drafts';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Drafts' };

const PAGE_SIZE = 50;

export default async function DraftsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = readListParams(await searchParams);
  const principal = await currentPrincipal();
  // `mine` is the caller's own drafts; the installation (before accounts) has none of its own, so it sees all.
  const author = params.author === 'mine' ? (principal ? (principalId(principal) ?? undefined) : undefined) : params.author;
  const [{ items, nextCursor }, counts, people, categories] = await Promise.all([
    listDrafts({ ...params, author, limit: PAGE_SIZE }),
    countDraftsByStatus(),
    listPeople(),
    listCategories(),
  ]);
  const authors = people.map((person) => ({ id: person.id, name: person.name }));
  // Nobody logged in never gets here (the proxy sends them to log in); if they did, they would be offered least.
  const role = principal ? principalRole(principal) : 'writer';
  const rights = {
    approve: roleMay(role, 'drafts.approve'),
    publish: roleMay(role, 'drafts.publish'),
    export: roleMay(role, 'drafts.export'),
  };
  const now = Date.now();

  return (
    <div className="space-y-5">
      <div className="flex items-baseline justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Drafts</h1>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Search, review and approve posts; download several at once.</p>
        </div>
        <div className="flex shrink-0 items-baseline gap-4">
          <Link
            href="/trash"
            className="text-sm text-stone-600 hover:text-stone-900 hover:underline dark:text-stone-300 dark:hover:text-white"
          >
            Trash
          </Link>
          <Link
            href="/"
            className="shrink-0 rounded-lg bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-amber-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
          >
            New post
          </Link>
        </div>
      </div>

      {counts.all === 0 ? (
        <EmptyState title="No drafts yet" action={{ href: '/', label: 'Write your first post', primary: true }}>
          Type a topic on New post and Claude writes a long, structured SEO post; every draft shows up here.
        </EmptyState>
      ) : (
        <>
          <StatusTabs params={params} counts={counts} />
          <DraftsFilters params={params} showClear={items.length > 0} authors={authors} categories={categories} />
          {/* Keyed by the query, so selection and the last result reset on navigation but survive a refresh. */}
          <SelectionProvider key={draftsHref(params, { cursor: params.cursor })} pageIds={items.map((draft) => draft.id)}>
            <section aria-label="Drafts">
              <BulkActionBar titles={Object.fromEntries(items.map((draft) => [draft.id, draft.title || draft.topic]))} rights={rights} />
              {items.length > 0 ? (
                <>
                  <DraftsTable drafts={items} now={now} />
                  <Pagination params={params} shown={items.length} nextCursor={nextCursor} />
                </>
              ) : params.cursor ? (
                <EmptyState title="This page is empty now" action={{ href: draftsHref(params), label: 'Back to the first page' }}>
                  The drafts after the last page were deleted or changed since this link was made.
                </EmptyState>
              ) : (
                <EmptyState title="No drafts match" action={{ href: draftsHref({ sort: params.sort }), label: 'Clear filters' }}>
                  Nothing matches {filterSummary(params)}. Try fewer words or another filter.
                </EmptyState>
              )}
            </section>
          </SelectionProvider>
        </>
      )}
    </div>
  );
}

function filterSummary(params: ListParams): string {
  const parts = [
    params.q && `“${params.q}”`,
    params.interruption
      ? `status “${params.interruption === 'stopped' ? 'Stopped' : 'Failed'}”`
      : params.status && `status “${STATUS_LABELS[params.status]}”`,
    params.tag && `tag #${params.tag}`,
    params.category && `category ${params.category}`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'these filters';
}
