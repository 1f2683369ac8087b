'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DropZone } from '@/components/ui/drop-zone';
import type { DraftSummary } from '@/lib/drafts/draft';
import type { ImportProblem } from '@/lib/import';

type Result = { created: DraftSummary[]; problems: ImportProblem[] };

export function ImportForm() {
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

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
