'use client';

import { useEffect, useState } from 'react';
import { type PublishChoice, PublishOptions, publishBody } from '@/components/publish-options';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useConnections } from '@/hooks/use-connections';
import { callApi } from '@/lib/client/api';
import type { BulkPublishResult } from '@/lib/publish';

type Progress =
  | { kind: 'idle' }
  | { kind: 'publishing' }
  | { kind: 'done'; results: BulkPublishResult[] }
  | { kind: 'failed'; text: string };

/** Publishes the selected drafts to one site, one after another, and lists what happened to each. */
export function BulkPublishDialog({ ids, onClose }: { ids: string[]; onClose: () => void }) {
  const { connections, loadError } = useConnections();
  const [choice, setChoice] = useState<PublishChoice>({ target: '', status: 'draft', date: '' });
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  useEffect(() => {
    if (connections?.[0]) setChoice((current) => (current.target ? current : { ...current, target: connections[0]?.id ?? '' }));
  }, [connections]);

  async function publish() {
    setProgress({ kind: 'publishing' });
    try {
      const body = {
        ids,
        ...publishBody(
          choice,
          connections?.find((item) => item.id === choice.target),
        ),
      };
      const { results } = await callApi<{ results: BulkPublishResult[] }>('/api/drafts/publish', { method: 'POST', body });
      setProgress({ kind: 'done', results });
    } catch (caught) {
      setProgress({ kind: 'failed', text: caught instanceof Error ? caught.message : 'Publishing did not run. Try again.' });
    }
  }

  const done = progress.kind === 'done' ? progress.results : [];
  const skipped = progress.kind === 'done' ? ids.length - done.length : 0;
  return (
    <Dialog open onClose={onClose} title={ids.length === 1 ? 'Publish 1 draft' : `Publish ${ids.length} drafts`}>
      {connections?.length === 0 ? (
        <p className="text-sm">
          Add a WordPress or Ghost site on{' '}
          <a href="/settings" className="text-amber-700 underline dark:text-amber-400">
            Settings
          </a>{' '}
          first.
        </p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-stone-600 dark:text-stone-300">Drafts already published there are updated, not published twice.</p>
          <div className="flex flex-wrap items-end gap-3">
            {connections && <PublishOptions connections={connections} choice={choice} onChange={setChoice} />}
          </div>
          <Button
            variant="primary"
            data-autofocus
            onClick={publish}
            disabled={!choice.target || progress.kind === 'publishing' || (choice.status === 'future' && !choice.date)}
          >
            {progress.kind === 'publishing' ? `Publishing ${ids.length} drafts, one after another…` : 'Publish'}
          </Button>
        </div>
      )}
      <div role="status" data-testid="bulk-publish-result" className="mt-3 text-sm">
        {(progress.kind === 'failed' || loadError) && (
          <p className="text-rose-700 dark:text-rose-400">{progress.kind === 'failed' ? progress.text : loadError}</p>
        )}
        {progress.kind === 'done' && (
          <ul className="space-y-1">
            {done.map((result) => (
              <li
                key={result.id}
                className={`[overflow-wrap:anywhere] ${result.ok ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-700 dark:text-rose-400'}`}
              >
                {result.title}:{' '}
                {result.ok ? (
                  <a href={result.publication.url} target="_blank" rel="noreferrer" className="underline">
                    {result.publication.url}
                  </a>
                ) : (
                  result.message
                )}
              </li>
            ))}
            {skipped > 0 && (
              <li className="text-amber-800 dark:text-amber-300">{skipped} not tried: fix the error above, then publish them again.</li>
            )}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
