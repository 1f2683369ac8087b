'use client';

import { useEffect, useState } from 'react';
import { type PublishChoice, PublishOptions, publishBody } from '@/components/publish-options';
import { Button } from '@/components/ui/button';
import { useConnections } from '@/hooks/use-connections';
import { ApiError, callApi, getApi } from '@/lib/client/api';
import type { Publication } from '@/lib/publish/schemas';
import { PublicationList } from './publication-list';

type Progress =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'publishing'; site: string }
  | { kind: 'done'; publication: Publication }
  | { kind: 'failed'; text: string };

/** Publish this draft to a connected site as a draft, scheduled or published; publishing again updates that post. */
export function PublishPanel({ draftId, beforePublish }: { draftId: string; beforePublish: () => Promise<unknown> }) {
  const { connections, loadError } = useConnections();
  const [publications, setPublications] = useState<Publication[]>([]);
  const [choice, setChoice] = useState<PublishChoice>({ target: '', status: 'publish', date: '' });
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });

  useEffect(() => {
    if (connections?.[0]) setChoice((current) => (current.target ? current : { ...current, target: connections[0]?.id ?? '' }));
  }, [connections]);

  useEffect(() => {
    // The stored list shows at once; asking the sites (a post deleted there shows as such) replaces it after.
    getApi<{ publications: Publication[] }>(`/api/drafts/${draftId}/publications`).then(
      ({ publications: stored }) => {
        setPublications(stored);
        if (stored.length === 0) return;
        getApi<{ publications: Publication[] }>(`/api/drafts/${draftId}/publications?refresh=1`).then(
          ({ publications: fresh }) => setPublications(fresh),
          () => {},
        );
      },
      () => {},
    );
  }, [draftId]);

  async function publish(anew: boolean, target: string) {
    const site = connections?.find((item) => item.id === target);
    if (!site) return;
    setProgress({ kind: 'publishing', site: site.siteName || site.url });
    try {
      await beforePublish();
      const publication = await callApi<Publication>(`/api/drafts/${draftId}/publish`, {
        method: 'POST',
        body: { ...publishBody({ ...choice, target }, site), ...(anew ? { anew } : {}) },
      });
      setPublications((all) => [...all.filter((item) => item.connectionId !== target), publication]);
      setProgress({ kind: 'done', publication });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'remote_post_missing') {
        setPublications((all) => all.map((item) => (item.connectionId === target ? { ...item, status: 'missing' } : item)));
      }
      setProgress({ kind: 'failed', text: caught instanceof Error ? caught.message : 'Publishing did not run. Try again.' });
    }
  }

  if (connections?.length === 0) {
    return (
      <section aria-label="Publish" className="text-sm text-stone-600 dark:text-stone-400">
        To publish straight to WordPress or Ghost, add the site on{' '}
        <a href="/settings" className="text-amber-700 underline dark:text-amber-400">
          Settings
        </a>
        .
      </section>
    );
  }

  const busy = progress.kind === 'publishing' || !connections;
  const published = publications.some((item) => item.connectionId === choice.target && item.status !== 'missing');
  return (
    <section aria-labelledby="publish-heading" className="space-y-3 rounded-lg border border-stone-200 px-4 py-3 dark:border-stone-800">
      <h2 id="publish-heading" className="text-sm font-semibold">
        Publish
      </h2>
      <PublicationList publications={publications} onPublishAnew={(target) => publish(true, target)} busy={busy} />
      <div className="flex flex-wrap items-end gap-3">
        {connections && <PublishOptions connections={connections} choice={choice} onChange={setChoice} />}
        <Button
          variant="primary"
          onClick={() => publish(false, choice.target)}
          disabled={busy || !choice.target || (choice.status === 'future' && !choice.date)}
        >
          {progress.kind === 'publishing' ? `Publishing to ${progress.site}…` : published ? 'Update on the site' : 'Publish'}
        </Button>
      </div>
      <p data-testid="publish-result" data-state={progress.kind} aria-live="polite" className="text-sm [overflow-wrap:anywhere]">
        {progress.kind === 'done' && (
          <span className="text-emerald-700 dark:text-emerald-400">
            Done:{' '}
            <a href={progress.publication.url} target="_blank" rel="noreferrer" className="underline">
              {progress.publication.url}
            </a>
          </span>
        )}
        {(progress.kind === 'failed' || loadError) && (
          <span className="text-rose-700 dark:text-rose-400">{progress.kind === 'failed' ? progress.text : loadError}</span>
        )}
      </p>
    </section>
  );
}
