import Link from 'next/link';
import type { DraftSummary } from '@/lib/drafts/draft';
import { StatusBadge } from './status-badge';

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function RecentDrafts({ drafts, emptyMessage }: { drafts: DraftSummary[]; emptyMessage: string }) {
  if (drafts.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 px-4 py-8 text-center text-sm text-stone-500 dark:border-stone-700 dark:text-stone-400">
        {emptyMessage}
      </p>
    );
  }
  return (
    <ul className="divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white dark:divide-stone-800 dark:border-stone-800 dark:bg-stone-900">
      {drafts.map((draft) => (
        <li key={draft.id} data-testid="draft-row">
          <Link href={`/drafts/${draft.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800/60">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{draft.title || draft.topic}</p>
              <p className="truncate text-xs text-stone-500 dark:text-stone-400">
                {draft.categories.join(' · ') || 'No category yet'} — updated {dateFormat.format(new Date(draft.updatedAt))} UTC
              </p>
            </div>
            <StatusBadge status={draft.status} interruption={draft.interruption} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
