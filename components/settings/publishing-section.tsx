'use client';

import { useState } from 'react';
import type { Connection } from '@/lib/publish/schemas';
import { ConnectionForm } from './connection-form';
import { ConnectionRow } from './connection-row';

/** The sites drafts are published to, and a form to add one. */
export function PublishingSection({ initial, canStoreSecrets }: { initial: Connection[]; canStoreSecrets: boolean }) {
  const [connections, setConnections] = useState(initial);
  return (
    <section
      aria-labelledby="publishing-heading"
      className="space-y-3 rounded-lg border border-stone-200 bg-white px-5 py-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="publishing-heading" className="text-base font-semibold">
        Publishing
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">Sites a draft can be published to from its page or from the list.</p>
      {connections.length > 0 ? (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {connections.map((connection) => (
            <ConnectionRow
              key={connection.id}
              connection={connection}
              onRemoved={(id) => setConnections((all) => all.filter((item) => item.id !== id))}
            />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-500 dark:text-stone-400">No site yet.</p>
      )}
      {canStoreSecrets ? (
        <ConnectionForm onAdded={(connection) => setConnections((all) => [...all, connection])} />
      ) : (
        <p
          role="status"
          className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          To add a site, set <code className="font-mono">SECRET_KEY</code> (32+ characters, e.g. the output of{' '}
          <code className="font-mono">openssl rand -base64 32</code>) and restart the app: site passwords are stored encrypted with it.
        </p>
      )}
    </section>
  );
}
