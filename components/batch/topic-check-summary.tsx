import Link from 'next/link';
import type { TopicCheck } from '@/lib/batch/view';

const MAX_SHOWN = 20;

/** Before a batch is created: how many topics it holds, the rows left out and the topics already written. */
export function TopicCheckSummary({ check, checking }: { check: TopicCheck | null; checking: boolean }) {
  if (!check) return checking ? <p className="text-xs text-stone-500">Checking the topics…</p> : null;
  return (
    <div className="space-y-3 text-sm" data-testid="topic-check" aria-live="polite">
      <p className="text-stone-600 dark:text-stone-400">
        {check.count === 1 ? '1 topic' : `${check.count} topics`} ready
        {check.problems.length > 0 && `, ${check.problems.length} line${check.problems.length === 1 ? '' : 's'} left out`}
        {checking && ' · checking…'}
      </p>
      {check.problems.length > 0 && (
        <ul className="space-y-1 rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-xs text-rose-900 dark:border-rose-900 dark:bg-rose-950 dark:text-rose-100">
          {check.problems.slice(0, MAX_SHOWN).map((problem) => (
            <li key={`${problem.line}:${problem.message}`}>
              <span className="font-semibold">Line {problem.line}:</span> {problem.message}
            </li>
          ))}
          {check.problems.length > MAX_SHOWN && <li>…and {check.problems.length - MAX_SHOWN} more.</li>}
        </ul>
      )}
      {check.duplicates.length > 0 && (
        <div
          role="status"
          data-testid="duplicate-warning"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-semibold">Some topics were written before. They will be written again unless you remove them.</p>
          <ul className="mt-1 space-y-1">
            {check.duplicates.slice(0, MAX_SHOWN).map((duplicate) => (
              <li key={duplicate.line}>
                <span className="font-semibold">Line {duplicate.line}</span> “{duplicate.topic}”:{' '}
                {duplicate.drafts.map((draft, index) => (
                  <span key={draft.id}>
                    {index > 0 && ', '}
                    <Link href={`/drafts/${draft.id}`} className="underline" target="_blank">
                      {draft.title || 'untitled draft'}
                    </Link>
                  </span>
                ))}
                {duplicate.drafts.length > 0 && duplicate.earlierLine !== null && '; '}
                {duplicate.earlierLine !== null && `same as line ${duplicate.earlierLine}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
