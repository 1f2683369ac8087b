import Link from 'next/link';
import { PROVIDER_NAMES } from '@/components/model-label';
import { StatusBadge } from '@/components/status-badge';
import type { DraftSummary } from '@/lib/drafts/draft';
import { formatCount, fullTimestamp, updatedLabel } from './format';
import { RowCheckbox } from './row-checkbox';
import { ScoreMeter } from './score-meter';

export function DraftRow({ draft, now }: { draft: DraftSummary; now: number }) {
  const label = draft.title || draft.topic;
  const facets = [...draft.categories, ...draft.tags.map((tag) => `#${tag}`)];
  const { provider, model } = draft.generation;
  return (
    <tr
      data-testid="draft-row"
      data-id={draft.id}
      className="align-top hover:bg-stone-50 has-checked:bg-amber-50/70 dark:hover:bg-stone-800/50 dark:has-checked:bg-amber-950/30"
    >
      <td className="w-10 py-3 pr-1 pl-4">
        <span className="flex h-5 items-center">
          <RowCheckbox id={draft.id} label={label} />
        </span>
      </td>
      <td className="min-w-0 py-3 pr-4">
        <Link
          href={`/drafts/${draft.id}`}
          className="rounded font-medium text-stone-900 hover:text-amber-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:text-stone-100 dark:hover:text-amber-400"
        >
          {label}
        </Link>
        {draft.title && draft.title.toLowerCase() !== draft.topic.toLowerCase() && (
          <p className="mt-0.5 line-clamp-1 text-xs text-stone-500 dark:text-stone-400">Topic: {draft.topic}</p>
        )}
        <p className="mt-1 line-clamp-2 text-xs text-stone-500 dark:text-stone-400">
          {facets.length > 0 ? facets.join(' · ') : <span className="italic">No categories or tags yet</span>}
        </p>
        {model && (
          <p
            data-testid="draft-model"
            title={PROVIDER_NAMES[provider]}
            className="mt-0.5 text-xs text-stone-400 [overflow-wrap:anywhere] dark:text-stone-500"
          >
            Model: {model}
          </p>
        )}
      </td>
      <td className="py-3 pr-4 whitespace-nowrap">
        <StatusBadge status={draft.status} interruption={draft.interruption} />
      </td>
      <td className="hidden py-3 pr-4 text-right whitespace-nowrap text-stone-600 tabular-nums md:table-cell dark:text-stone-300">
        {formatCount(draft.wordCount)}
      </td>
      <td className="hidden py-3 pr-4 text-right whitespace-nowrap text-stone-600 md:table-cell dark:text-stone-300">
        {/* Scored when the post is saved: while it is written there is nothing to score yet. */}
        {draft.status === 'generating' ? (
          <span title="Scored once the post is written" className="text-stone-400 dark:text-stone-500">
            —
          </span>
        ) : (
          <ScoreMeter score={draft.seoScore} />
        )}
      </td>
      <td className="hidden py-3 pr-4 text-right whitespace-nowrap text-stone-500 sm:table-cell dark:text-stone-400">
        <time dateTime={draft.updatedAt} title={fullTimestamp(draft.updatedAt)}>
          {updatedLabel(draft.updatedAt, now)}
        </time>
      </td>
    </tr>
  );
}
