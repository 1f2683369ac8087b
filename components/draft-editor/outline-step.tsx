'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/client/api';
import type { Draft } from '@/lib/drafts/draft';

/** "Outline first": the person edits the proposed outline, then asks for the post written from it. */
export function OutlineStep({ draft }: { draft: Draft }) {
  const router = useRouter();
  const [outline, setOutline] = useState(draft.outline);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const write = async () => {
    setBusy(true);
    setError(null);
    try {
      await callApi(`/api/drafts/${draft.id}/write`, { method: 'POST', body: { version: draft.version, outline } });
      router.refresh();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="outline-heading" className="space-y-4">
      <div>
        <h1 id="outline-heading" className="text-2xl font-semibold tracking-tight">
          Review the outline
        </h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Topic: {draft.topic}. Change, add or remove sections; the post is written from this outline, section by section.
        </p>
      </div>
      <label htmlFor="outline" className="sr-only">
        Outline
      </label>
      <textarea
        id="outline"
        value={outline}
        onChange={(event) => setOutline(event.target.value)}
        rows={Math.min(30, Math.max(10, outline.split('\n').length + 2))}
        className="w-full rounded-lg border border-stone-300 bg-white px-4 py-3 font-mono text-sm leading-6 shadow-sm outline-none focus:border-amber-500 focus:ring-2 focus:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900"
      />
      {error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      <Button variant="primary" size="lg" onClick={write} disabled={busy || !outline.trim()}>
        {busy ? 'Starting…' : 'Write the post from this outline'}
      </Button>
    </section>
  );
}
