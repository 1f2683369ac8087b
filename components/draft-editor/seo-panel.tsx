'use client';

import { useDeferredValue, useMemo } from 'react';
import { useSettledValue } from '@/hooks/use-settled-value';
import type { Draft } from '@/lib/drafts/draft';
import type { EditableFields } from '@/lib/drafts/editable-fields';
import { type CheckStatus, scoreDraft } from '@/lib/seo';

const STATUS_STYLE: Record<CheckStatus, { icon: string; tone: string; label: string }> = {
  pass: { icon: '✓', tone: 'text-emerald-700 dark:text-emerald-400', label: 'Pass' },
  warn: { icon: '!', tone: 'text-amber-700 dark:text-amber-400', label: 'Warning' },
  fail: { icon: '✕', tone: 'text-rose-700 dark:text-rose-400', label: 'Fail' },
};

function scoreTone(score: number): string {
  if (score >= 80) return 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200';
  if (score >= 50) return 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200';
  return 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-200';
}

// Scoring reads the whole post: on a long one that is several milliseconds, too much for every keystroke.
const SETTLE_MS = 300;

/** The SEO score and what to fix, recomputed from the fields when typing pauses (and deferred: typing stays first). */
export function SeoPanel({
  fields,
  draft,
  categories,
}: {
  fields: EditableFields;
  draft: Pick<Draft, 'keywords' | 'length'>;
  categories: readonly string[];
}) {
  const deferred = useDeferredValue(useSettledValue(fields, SETTLE_MS));
  const report = useMemo(
    () => scoreDraft({ ...deferred, keywords: draft.keywords, length: draft.length, categoryList: categories }),
    [deferred, draft.keywords, draft.length, categories],
  );
  const failing = report.checks.filter((check) => check.status !== 'pass');
  const passing = report.checks.filter((check) => check.status === 'pass');

  return (
    <section
      aria-labelledby="seo-heading"
      data-testid="seo-panel"
      className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="mb-3 flex items-center gap-3">
        <h2 id="seo-heading" className="text-sm font-medium">
          SEO checks
        </h2>
        <span data-testid="seo-score" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${scoreTone(report.score)}`}>
          {report.score} / 100
        </span>
        <span className="ml-auto text-xs text-stone-500 dark:text-stone-400">
          {report.stats.words.toLocaleString('en')} words · {report.stats.readingMinutes} min read · Flesch{' '}
          {Math.round(report.stats.fleschReadingEase)}
        </span>
      </div>
      <ul className="space-y-1.5 text-sm">
        {failing.map((check) => (
          <li key={check.id} data-testid="seo-check" data-check={check.id} data-status={check.status} className="flex gap-2">
            <span aria-hidden className={`w-4 shrink-0 text-center font-bold ${STATUS_STYLE[check.status].tone}`}>
              {STATUS_STYLE[check.status].icon}
            </span>
            <span className="sr-only">{STATUS_STYLE[check.status].label}:</span>
            <span>
              <span className="font-medium">{check.label}:</span> {check.message}
            </span>
          </li>
        ))}
      </ul>
      {passing.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-xs text-stone-500 dark:text-stone-400">{passing.length} checks pass</summary>
          <ul className="mt-1.5 space-y-1">
            {passing.map((check) => (
              <li key={check.id} data-testid="seo-check" data-check={check.id} data-status="pass" className="flex gap-2">
                <span aria-hidden className={`w-4 shrink-0 text-center font-bold ${STATUS_STYLE.pass.tone}`}>
                  {STATUS_STYLE.pass.icon}
                </span>
                <span className="sr-only">Pass:</span>
                <span>
                  <span className="font-medium">{check.label}:</span> {check.message}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
