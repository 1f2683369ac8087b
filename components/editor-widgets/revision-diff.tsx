'use client';

import { useMemo, useState } from 'react';
import { DiffLineRow } from './diff-line-row';
import { buildDiff, foldRuns } from './revision-diff-model';

const NO_RUNS: ReadonlySet<number> = new Set();

type RevisionDiffProps = {
  before: string;
  after: string;
};

export function RevisionDiff({ before, after }: RevisionDiffProps) {
  const model = useMemo(() => buildDiff(before, after), [before, after]);
  // Expanded runs belong to one diff: a new pair of texts starts folded again.
  const [expanded, setExpanded] = useState<{ model: typeof model; runs: ReadonlySet<number> }>({ model, runs: NO_RUNS });
  const runs = expanded.model === model ? expanded.runs : NO_RUNS;
  const rows = useMemo(() => foldRuns(model.segments, runs), [model, runs]);
  const unchanged = model.added === 0 && model.removed === 0;

  return (
    <section
      data-testid="revision-diff"
      aria-label="Changes between revisions"
      className="overflow-hidden rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
    >
      <header className="flex items-center gap-3 border-b border-stone-200 px-3 py-2 text-xs dark:border-stone-800">
        <span className="font-medium text-emerald-700 dark:text-emerald-400">+{model.added}</span>
        <span className="font-medium text-rose-700 dark:text-rose-400">−{model.removed}</span>
        <span className="text-stone-500 dark:text-stone-400">
          {unchanged ? 'No changes' : `${model.added + model.removed === 1 ? 'line' : 'lines'} changed`}
        </span>
      </header>
      {!unchanged && (
        <div className="overflow-x-auto py-1 font-mono text-xs">
          {rows.map((row, index) =>
            row.kind === 'collapsed' ? (
              <button
                key={`run-${row.run}`}
                type="button"
                title="Show these lines"
                onClick={() => setExpanded({ model, runs: new Set([...runs, row.run]) })}
                className="my-0.5 block w-full bg-stone-50 py-1 text-center text-stone-500 outline-none hover:bg-stone-100 hover:text-stone-800 focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-amber-500 dark:bg-stone-950/40 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-stone-100"
              >
                … {row.count} unchanged {row.count === 1 ? 'line' : 'lines'} …
              </button>
            ) : (
              <DiffLineRow key={index} line={row} />
            ),
          )}
        </div>
      )}
    </section>
  );
}
