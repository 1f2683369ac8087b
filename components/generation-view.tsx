'use client';

import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, buttonVariants } from '@/components/ui/button';
import { useDraftStream } from '@/hooks/use-draft-stream';
import { useExportFormat } from '@/hooks/use-export-format';
import { callApi, getApi } from '@/lib/client/api';
import type { Draft } from '@/lib/drafts/draft';
import { countWords, SEO_LIMITS } from '@/lib/seo';
import { GenerationStats } from './generation-stats';
import { GenerationStatus } from './generation-status';
import { InterruptionBanner } from './interruption-banner';
import { PostFields } from './post-fields';
import { StatusBadge } from './status-badge';
import { StreamingMarkdown } from './streaming-markdown';

// The header fields change a few times per post, the body on every frame: these parts re-render only when theirs do.
const MemoPostFields = memo(PostFields);
const MemoGenerationStatus = memo(GenerationStatus);

/** The same array while its items are: a snapshot copies its lists, which would re-render their view on every frame. */
function useStableList<T>(items: T[]): T[] {
  const previous = useRef(items);
  const same = previous.current.length === items.length && previous.current.every((item, index) => item === items[index]);
  if (!same) previous.current = items;
  return previous.current;
}

/** The post as it is written, live; `onSettled` gets the stored draft once the writing ends or is stopped. */
export function GenerationView({
  draft,
  categoryList,
  onSettled,
}: {
  draft: Draft;
  /** The list the model was offered: the fixed 60, then those an admin added. */
  categoryList: readonly string[];
  onSettled: (draft: Draft) => void;
}) {
  const stream = useDraftStream(draft, categoryList);
  // The preset the person last chose in the editor or the list, not always Hugo.
  const [exportFormat] = useExportFormat();
  const [busy, setBusy] = useState<'stop' | 'resume' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const generating = stream.live !== null;
  const words = useMemo(() => countWords(stream.parsed.body), [stream.parsed.body]);

  // The done event carries the finished draft. After an error event the stored draft says what is kept; a
  // deleted draft has none, and its error stays on screen.
  useEffect(() => {
    if (stream.finished) onSettled(stream.finished);
    else if (stream.error && stream.error.code !== 'not_found') {
      getApi<Draft>(`/api/drafts/${draft.id}`).then(onSettled, (error: unknown) =>
        setActionError(error instanceof Error ? error.message : String(error)),
      );
    }
  }, [stream.finished, stream.error, draft.id, onSettled]);

  const act = useCallback(
    async (action: 'stop' | 'resume') => {
      setBusy(action);
      setActionError(null);
      try {
        onSettled(await callApi<Draft>(`/api/drafts/${draft.id}/${action}`, { method: 'POST' }));
      } catch (error) {
        setActionError(error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(null);
      }
    },
    [draft.id, onSettled],
  );
  const stop = useCallback(() => act('stop'), [act]);
  const tags = useStableList(stream.parsed.tags.length > 0 ? stream.parsed.tags : draft.tags);
  const categories = useStableList(stream.parsed.categories.length > 0 ? stream.parsed.categories : draft.categories);

  const title = stream.parsed.title || draft.title;
  const errorMessage = stream.error?.message ?? (draft.status === 'interrupted' ? draft.error : null);

  return (
    <article className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <StatusBadge status={generating ? 'generating' : draft.status} interruption={draft.interruption} />
          <span className="text-xs text-stone-500 dark:text-stone-400">Topic: {draft.topic}</span>
          {!generating && (
            <a href={`/api/drafts/${draft.id}/export?format=${exportFormat}`} download className={buttonVariants({ className: 'ml-auto' })}>
              Download .md
            </a>
          )}
        </div>
        <h1 data-testid="field-title" className="text-3xl font-bold tracking-tight">
          {title || <span className="text-stone-400">{generating ? 'Waiting for the title…' : 'Untitled'}</span>}
        </h1>
      </header>

      {generating && stream.live && (
        <MemoGenerationStatus
          live={stream.live}
          words={words}
          targetWords={SEO_LIMITS.words[draft.length].min}
          onStop={stop}
          stopping={busy === 'stop'}
        />
      )}

      {!generating && errorMessage && (
        <InterruptionBanner interruption={stream.error ? null : draft.interruption} message={errorMessage}>
          {draft.status === 'interrupted' && (
            <Button variant="primary" onClick={() => act('resume')} disabled={busy === 'resume'}>
              {busy === 'resume' ? 'Resuming…' : 'Resume'}
            </Button>
          )}
        </InterruptionBanner>
      )}
      {actionError && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {actionError}
        </p>
      )}

      <MemoPostFields
        metaDescription={stream.parsed.metaDescription || draft.metaDescription}
        slug={draft.slug}
        tags={tags}
        categories={categories}
      />

      {!generating && draft.warnings.length > 0 && (
        <ul className="list-inside list-disc rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {draft.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}

      <section
        aria-label="Preview"
        className="rounded-lg border border-stone-200 bg-white px-6 py-6 dark:border-stone-800 dark:bg-stone-900"
      >
        {stream.parsed.body ? (
          <StreamingMarkdown markdown={stream.parsed.body} />
        ) : (
          <p className="text-sm text-stone-400 italic">
            {generating ? 'The post body will appear here as it is written…' : 'This draft has no body.'}
          </p>
        )}
      </section>

      {!generating && <GenerationStats draft={draft} words={words} />}
    </article>
  );
}
