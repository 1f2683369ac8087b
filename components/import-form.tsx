'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { DraftSummary } from '@/lib/drafts/draft';
import type { ImportProblem } from '@/lib/import';

type Result = { created: DraftSummary[]; problems: ImportProblem[] };

export function ImportForm() {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const upload = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    const form = new FormData();
    for (const file of files) form.append('files', file);
    try {
      const response = await fetch('/api/import', { method: 'POST', body: form });
      const payload = (await response.json()) as Result & { error?: { message: string; details?: { problems?: ImportProblem[] } } };
      if (!response.ok) {
        setError(payload.error?.message ?? `The server answered ${response.status}.`);
        const problems = payload.error?.details?.problems;
        if (problems) setResult({ created: [], problems });
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
      <label
        htmlFor="import-files"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          setFiles([...event.dataTransfer.files]);
        }}
        className={`flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-6 py-10 text-center text-sm ${
          dragging ? 'border-amber-500 bg-amber-50 dark:bg-amber-950' : 'border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900'
        }`}
      >
        <span className="font-medium">Drop .md files or a .zip here, or click to choose</span>
        <span className="mt-1 text-stone-500 dark:text-stone-400">
          Front matter from Hugo, Jekyll, Astro or Postsmith exports is read back into the fields.
        </span>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".md,.markdown,.zip,text/markdown,application/zip"
          className="sr-only"
          onChange={(event) => setFiles([...(event.target.files ?? [])])}
        />
      </label>
      {files.length > 0 && (
        <p className="text-sm text-stone-600 dark:text-stone-300">
          {files.length} file{files.length === 1 ? '' : 's'} chosen: {files.map((file) => file.name).join(', ')}
        </p>
      )}
      <Button variant="primary" size="lg" onClick={upload} disabled={busy || files.length === 0}>
        {busy ? 'Importing…' : 'Import'}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      {result && (
        <section aria-label="Import result" className="space-y-3 text-sm" data-testid="import-result">
          <p className="font-medium">
            {result.created.length} draft{result.created.length === 1 ? '' : 's'} imported
            {result.problems.length > 0 ? `, ${result.problems.length} file${result.problems.length === 1 ? '' : 's'} not imported` : ''}.
          </p>
          <ul className="list-inside list-disc">
            {result.created.map((draft) => (
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
