import Link from 'next/link';
import type { StatusCounts } from '@/lib/drafts';
import type { InterruptionGroup } from '@/lib/drafts/codes';
import type { DraftStatus } from '@/lib/drafts/draft';
import { formatCount } from './format';
import { draftsHref, type ListParams, STATUS_LABELS } from './list-params';
import { StatusTabRow } from './status-tab-row';

// The workflow first, then the states that need attention: posts a person stopped apart from those that failed.
const TAB_ORDER: DraftStatus[] = ['draft', 'review', 'approved', 'generating'];

type Tab = { status?: DraftStatus; interruption?: InterruptionGroup; label: string; count: number };

export function StatusTabs({ params, counts }: { params: ListParams; counts: StatusCounts }) {
  const tabs: Tab[] = [
    { label: 'All', count: counts.all },
    ...TAB_ORDER.map((status) => ({ status, label: STATUS_LABELS[status], count: counts[status] })),
    { status: 'interrupted', interruption: 'stopped', label: 'Stopped', count: counts.stopped },
    { status: 'interrupted', interruption: 'failed', label: 'Failed', count: counts.failed },
  ];
  return (
    <StatusTabRow activeKey={`${params.status ?? 'all'}:${params.interruption ?? ''}`}>
      <ul className="-mb-px flex gap-1">
        {tabs.map((tab) => {
          const active = tab.status === params.status && tab.interruption === params.interruption;
          return (
            <li key={tab.label}>
              <Link
                href={draftsHref(params, { status: tab.status, interruption: tab.interruption })}
                aria-current={active ? 'page' : undefined}
                className={`flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:rounded focus-visible:outline-2 focus-visible:outline-amber-500 ${
                  active
                    ? 'border-amber-600 text-stone-900 dark:border-amber-400 dark:text-white'
                    : 'border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900 dark:text-stone-400 dark:hover:border-stone-600 dark:hover:text-stone-100'
                }`}
              >
                {tab.label}
                <span
                  className={`rounded-full px-1.5 py-0.5 text-xs tabular-nums ${
                    active
                      ? 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100'
                      : 'bg-stone-100 text-stone-600 dark:bg-stone-800 dark:text-stone-400'
                  } ${tab.count === 0 ? 'opacity-60' : ''}`}
                >
                  {formatCount(tab.count)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </StatusTabRow>
  );
}
