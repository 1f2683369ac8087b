'use client';

import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-styles';
import { segmentClass, segmentedGroupClass } from '@/components/ui/segmented';
import { ApiError, callApi, getApi } from '@/lib/client/api';
import type { Connection, Publication, PublishStatus } from '@/lib/publish/schemas';
import { PublicationList } from './publication-list';

const STATUS_CHOICES: { value: PublishStatus; label: string }[] = [
  { value: 'draft', label: 'As a draft' },
  { value: 'future', label: 'Scheduled' },
  { value: 'publish', label: 'Published' },
];

type Progress =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'publishing'; site: string }
  | { kind: 'done'; publication: Publication }
  | { kind: 'failed'; text: string };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A datetime-local value is the site's local time; a site that names no zone gets the instant in the browser's zone. */
function dateToSend(local: string, connection: Connection): string | undefined {
  if (!local) return undefined;
  return connection.timeZone ? local : new Date(local).toISOString();
}

/** Publish this draft to a connected site as a draft, scheduled or published; publishing again updates that post. */
export function PublishPanel({ draftId, beforePublish }: { draftId: string; beforePublish: () => Promise<unknown> }) {
  const [connections, setConnections] = useState<Connection[] | null>(null);
  const [publications, setPublications] = useState<Publication[]>([]);
  const [target, setTarget] = useState('');
  const [status, setStatus] = useState<PublishStatus>('publish');
  const [date, setDate] = useState('');
  const [progress, setProgress] = useState<Progress>({ kind: 'loading' });

  useEffect(() => {
    // Asking the sites takes a moment; the stored list shows at once and the refreshed one replaces it.
    getApi<{ connections: Connection[] }>('/api/connections').then(
      ({ connections: found }) => {
        setConnections(found);
        setTarget((current) => current || found[0]?.id || '');
        setProgress({ kind: 'idle' });
      },
      () => setProgress({ kind: 'failed', text: 'The publishing sites could not be loaded. Reload the page.' }),
    );
    getApi<{ publications: Publication[] }>(`/api/drafts/${draftId}/publications`).then(
      ({ publications: stored }) => {
        setPublications(stored);
        if (stored.length > 0)
          getApi<{ publications: Publication[] }>(`/api/drafts/${draftId}/publications?refresh=1`).then(
            ({ publications: fresh }) => setPublications(fresh),
            () => {},
          );
      },
      () => {},
    );
  }, [draftId]);

  const connection = connections?.find((item) => item.id === target);

  async function publish(anew = false, connectionId = target) {
    const site = connections?.find((item) => item.id === connectionId);
    if (!site) return;
    setProgress({ kind: 'publishing', site: site.siteName || site.url });
    try {
      await beforePublish();
      const publication = await callApi<Publication>(`/api/drafts/${draftId}/publish`, {
        method: 'POST',
        body: { target: connectionId, status, ...(status === 'future' ? { date: dateToSend(date, site) } : {}), ...(anew ? { anew } : {}) },
      });
      setPublications((all) => [...all.filter((item) => item.connectionId !== connectionId), publication]);
      setProgress({ kind: 'done', publication });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'remote_post_missing') {
        setPublications((all) => all.map((item) => (item.connectionId === connectionId ? { ...item, remoteStatus: 'missing' } : item)));
      }
      setProgress({ kind: 'failed', text: caught instanceof Error ? caught.message : 'Publishing did not run. Try again.' });
    }
  }

  if (connections && connections.length === 0) {
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

  const busy = progress.kind === 'publishing' || progress.kind === 'loading';
  const published = connection && publications.some((item) => item.connectionId === connection.id && item.remoteStatus !== 'missing');
  return (
    <section aria-labelledby="publish-heading" className="space-y-3 rounded-lg border border-stone-200 px-4 py-3 dark:border-stone-800">
      <h2 id="publish-heading" className="text-sm font-semibold">
        Publish
      </h2>
      <PublicationList publications={publications} onPublishAnew={(id) => publish(true, id)} busy={busy} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="mb-1 block text-xs font-medium">Site</span>
          <select className={inputClass} value={target} onChange={(event) => setTarget(event.target.value)} disabled={!connections}>
            {connections?.map((item) => (
              <option key={item.id} value={item.id}>
                {item.siteName || item.url} ({item.type === 'wordpress' ? 'WordPress' : 'Ghost'})
              </option>
            ))}
          </select>
        </label>
        <div role="radiogroup" aria-label="Publish as" className={segmentedGroupClass}>
          {STATUS_CHOICES.map((choice) => (
            // biome-ignore lint/a11y/useSemanticElements: a segmented control; the buttons carry the radio semantics
            <button
              key={choice.value}
              type="button"
              role="radio"
              aria-checked={status === choice.value}
              className={segmentClass(status === choice.value)}
              onClick={() => setStatus(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
        {status === 'future' && (
          <label className="text-sm">
            <span className="mb-1 block text-xs font-medium">
              Date and time (
              {connection?.timeZone
                ? `${connection.timeZone}, the site’s time zone`
                : `${browserZone()}, your time zone: the site does not say its own`}
              )
            </span>
            <input type="datetime-local" className={inputClass} value={date} onChange={(event) => setDate(event.target.value)} required />
          </label>
        )}
        <Button variant="primary" onClick={() => publish()} disabled={busy || !connection || (status === 'future' && !date)}>
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
        {progress.kind === 'failed' && <span className="text-rose-700 dark:text-rose-400">{progress.text}</span>}
      </p>
    </section>
  );
}
