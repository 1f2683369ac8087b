'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DropZone } from '@/components/ui/drop-zone';
import type { ExistingChoice, ImportMatch } from '@/lib/drafts';
import type { DraftSummary } from '@/lib/drafts/draft';
import type { ImportProblem } from '@/lib/import';

type Result = {
  created: DraftSummary[];
  updated: DraftSummary[];
  skipped: ImportMatch[];
  matches: ImportMatch[];
  problems: ImportProblem[];
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(result: Result): string {
  const parts = [count(result.created.length, 'draft imported', 'drafts imported')];
  if (result.updated.length > 0) parts.push(count(result.updated.length, 'draft updated', 'drafts updated'));
  if (result.skipped.length > 0) parts.push(count(result.skipped.length, 'file skipped', 'files skipped'));
  if (result.problems.length > 0) parts.push(count(result.problems.length, 'file not imported', 'files not imported'));
  return `${parts.join(', ')}.`;
}

export function ImportForm() {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  // `existing`: what to do with files that match drafts already here; the first upload asks.
  const upload = async (existing: ExistingChoice = 'ask') => {
    // A second pass is only for the files that matched: the others were imported by the first.
    const only = existing === 'ask' ? [] : (result?.matches.map((match) => match.sourceName) ?? []);
    setBusy(true);
    setError(null);
    setResult(null);
    const form = new FormData();
    for (const file of files) form.append('files', file);
    form.append('existing', existing);
    for (const name of only) form.append('only', name);
    try {
      const response = await fetch('/api/import', { method: 'POST', body: form });
      const payload = (await response.json()) as Result & { error?: { message: string; details?: { problems?: ImportProblem[] } } };
      if (!response.ok) {
        setError(payload.error?.message ?? `The server answered ${response.status}.`);
        const problems = payload.error?.details?.problems;
        if (problems) setResult({ created: [], updated: [], skipped: [], matches: [], problems });
      } else {
        setResult(payload);
      }
    } catch {
      setError('The server could not be reached. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-6">
      <DropZone
        id="import-files"
        multiple
        accept=".md,.markdown,.zip,text/markdown,application/zip"
        onFiles={setFiles}
        title="Drop .md files or a .zip here, or click to choose"
        hint="Front matter from Hugo, Jekyll, Astro or Postsmith exports is read back into the fields."
      />
      {files.length > 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-300">
          {files.length} file{files.length === 1 ? '' : 's'} chosen: {files.map((file) => file.name).join(', ')}
        </p>
      )}
      <Button variant="primary" size="lg" onClick={() => void upload()} disabled={busy || files.length === 0}>
        {busy ? 'Importing…' : 'Import'}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      {result && (
        <section aria-label="Import result" className="space-y-3 text-sm" data-testid="import-result">
          <p className="font-medium">{summary(result)}</p>
          {result.matches.length > 0 && (
            <div
              data-testid="import-matches"
              className="space-y-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
            >
              <p>
                {count(result.matches.length, 'file matches a draft', 'files match drafts')} you already have (the same slug, or the same
                title and text), so {result.matches.length === 1 ? 'it was' : 'they were'} not imported yet:
              </p>
              <ul className="list-inside list-disc">
                {result.matches.map((match) => (
                  <li key={`${match.sourceName}-${match.draft.id}`}>
                    {match.sourceName} →{' '}
                    <Link href={`/drafts/${match.draft.id}`} className="font-medium underline">
                      {match.draft.title || match.draft.slug}
                    </Link>
                  </li>
                ))}
              </ul>
              <div className="flex flex-wrap gap-2">
                <Button size="sm" variant="primary" disabled={busy} onClick={() => void upload('update')}>
                  Update those drafts
                </Button>
                <Button size="sm" disabled={busy} onClick={() => void upload('skip')}>
                  Skip them
                </Button>
                <Button size="sm" disabled={busy} onClick={() => void upload('copy')}>
                  Import as copies
                </Button>
              </div>
              <p className="text-xs">Updating keeps each draft's slug and status; what the file replaces stays in its History.</p>
            </div>
          )}
          <ul className="list-inside list-disc">
            {[...result.created, ...result.updated].map((draft) => (
              <li key={draft.id}>
                <Link href={`/drafts/${draft.id}`} className="text-amber-700 hover:underline dark:text-amber-400">
                  {draft.title || draft.topic}
                </Link>
              </li>
            ))}
          </ul>
          {result.problems.length > 0 && (
            <ul className="space-y-1 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
              {result.problems.map((problem, index) => (
                <li key={`${problem.sourceName}-${index}`}>
                  <span className="font-medium">{problem.sourceName}:</span> {problem.message}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
