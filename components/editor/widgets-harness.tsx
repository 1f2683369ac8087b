'use client';

import { type ReactNode, useState } from 'react';
import { CategorySelect } from './category-select';
import { CharCounter } from './char-counter';
import { Dialog } from './dialog';
import { HarnessEditorDemo } from './harness-editor-demo';
import { DIFF_AFTER, DIFF_BEFORE, TAG_SUGGESTIONS } from './harness-samples';
import { RevisionDiff } from './revision-diff';
import { TagsInput } from './tags-input';

const inputClass =
  'w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-amber-500 focus:ring-2 focus:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900';
const buttonClass =
  'rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium shadow-sm outline-none hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-amber-500 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';
const primaryClass =
  'rounded-lg bg-amber-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm outline-none hover:bg-amber-700 focus-visible:ring-2 focus-visible:ring-amber-500/50 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-stone-900';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-label={title}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">{title}</h2>
      {children}
    </section>
  );
}

function Output({ testId, value }: { testId: string; value: unknown }) {
  return (
    <output data-testid={testId} className="block rounded-lg bg-stone-100 px-3 py-2 font-mono text-xs dark:bg-stone-950">
      {JSON.stringify(value)}
    </output>
  );
}

export function EditorWidgetsHarness() {
  const [tags, setTags] = useState(['python', 'django']);
  const [categories, setCategories] = useState<string[]>(['Tutorials']);
  const [title, setTitle] = useState('Choosing a Python web framework: Django or Flask?');
  const [dialogOpen, setDialogOpen] = useState(false);
  const [dialogResult, setDialogResult] = useState('none');

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Editor widgets</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-300">Each draft-editor control, on its own, for tests and screenshots.</p>
      </header>
      <Section title="Markdown editor">
        <HarnessEditorDemo />
      </Section>
      <div className="grid gap-6 md:grid-cols-2">
        <Section title="Tags">
          <TagsInput value={tags} onChange={setTags} suggestions={TAG_SUGGESTIONS} maxTags={10} />
          <Output testId="tags-value" value={tags} />
        </Section>
        <Section title="Categories">
          <CategorySelect value={categories} onChange={setCategories} />
          <Output testId="categories-value" value={categories} />
        </Section>
      </div>
      <Section title="Character counter">
        <div>
          <div className="mb-1 flex items-baseline justify-between gap-2">
            <label htmlFor="harness-title" className="text-sm font-medium">
              Title
            </label>
            <CharCounter id="harness-title-count" length={title.length} min={50} max={60} />
          </div>
          <input
            id="harness-title"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            aria-describedby="harness-title-count"
            className={inputClass}
          />
        </div>
      </Section>
      <Section title="Revision diff">
        <RevisionDiff before={DIFF_BEFORE} after={DIFF_AFTER} />
      </Section>
      <Section title="Dialog">
        <div className="flex items-center gap-3">
          <button type="button" className={buttonClass} onClick={() => setDialogOpen(true)}>
            Open dialog
          </button>
          <span className="text-xs text-stone-500 dark:text-stone-400">
            Result: <span data-testid="dialog-result">{dialogResult}</span>
          </span>
        </div>
        <Dialog
          open={dialogOpen}
          onClose={() => {
            setDialogOpen(false);
            setDialogResult('dismissed');
          }}
          title="Restore this revision?"
          footer={
            <>
              <button
                type="button"
                className={buttonClass}
                onClick={() => {
                  setDialogOpen(false);
                  setDialogResult('cancelled');
                }}
              >
                Cancel
              </button>
              <button
                type="button"
                className={primaryClass}
                onClick={() => {
                  setDialogOpen(false);
                  setDialogResult('restored');
                }}
              >
                Restore
              </button>
            </>
          }
        >
          <p className="mb-3 text-stone-600 dark:text-stone-300">The current text is kept as a revision, so this can be undone.</p>
          <label htmlFor="harness-dialog-note" className="mb-1 block text-sm font-medium">
            Note
          </label>
          <input id="harness-dialog-note" data-autofocus className={inputClass} placeholder="Why restore?" />
        </Dialog>
      </Section>
    </div>
  );
}
