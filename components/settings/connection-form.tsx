'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-styles';
import { segmentClass, segmentedGroupClass } from '@/components/ui/segmented';
import { callApi } from '@/lib/client/api';
import type { Connection, ConnectionCheck, ConnectionType } from '@/lib/publish/schemas';

type Progress =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'saving' }
  | { kind: 'passed'; text: string }
  | { kind: 'failed'; text: string };

const TYPE_NAMES: Record<ConnectionType, string> = { wordpress: 'WordPress', ghost: 'Ghost' };

const failure = (caught: unknown) => (caught instanceof Error ? caught.message : 'The request did not run. Try again.');

/** Add a WordPress or Ghost site: Test checks it through the server without saving; Save tests it again, then stores it. */
export function ConnectionForm({ onAdded }: { onAdded: (connection: Connection) => void }) {
  const [type, setType] = useState<ConnectionType>('wordpress');
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [secret, setSecret] = useState('');
  const [progress, setProgress] = useState<Progress>({ kind: 'idle' });
  const busy = progress.kind === 'testing' || progress.kind === 'saving';

  const body = () => (type === 'wordpress' ? { type, url, username, applicationPassword: secret } : { type, url, adminApiKey: secret });

  async function test() {
    setProgress({ kind: 'testing' });
    try {
      const check = await callApi<ConnectionCheck>('/api/connections/test', { method: 'POST', body: body() });
      const zone = check.timeZone ? `, time zone ${check.timeZone}` : '';
      setProgress({ kind: 'passed', text: `Works: “${check.siteName || url}” as ${check.user}${zone}.` });
    } catch (caught) {
      setProgress({ kind: 'failed', text: failure(caught) });
    }
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setProgress({ kind: 'saving' });
    try {
      const connection = await callApi<Connection>('/api/connections', { method: 'POST', body: body() });
      setUrl('');
      setUsername('');
      setSecret('');
      setProgress({ kind: 'passed', text: `Saved “${connection.siteName || connection.url}”.` });
      onAdded(connection);
    } catch (caught) {
      setProgress({ kind: 'failed', text: failure(caught) });
    }
  }

  return (
    <form onSubmit={save} className="space-y-3" aria-label="Add a site">
      <div role="radiogroup" aria-label="Kind of site" className={segmentedGroupClass}>
        {(['wordpress', 'ghost'] as const).map((kind) => (
          // biome-ignore lint/a11y/useSemanticElements: a segmented control; the buttons carry the radio semantics
          <button
            key={kind}
            type="button"
            role="radio"
            aria-checked={type === kind}
            className={segmentClass(type === kind)}
            onClick={() => {
              setType(kind);
              setProgress({ kind: 'idle' });
            }}
          >
            {TYPE_NAMES[kind]}
          </button>
        ))}
      </div>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Site address</span>
        <input
          className={inputClass}
          type="url"
          inputMode="url"
          required
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://blog.example.org"
        />
      </label>
      {type === 'wordpress' && (
        <label className="block text-sm">
          <span className="mb-1 block font-medium">User name</span>
          <input
            className={inputClass}
            required
            autoComplete="off"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
      )}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">{type === 'wordpress' ? 'Application Password' : 'Admin API key'}</span>
        <input
          className={inputClass}
          type="password"
          required
          autoComplete="new-password"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          placeholder={type === 'wordpress' ? 'xxxx xxxx xxxx xxxx xxxx xxxx' : '<id>:<secret>'}
        />
        <span className="mt-1 block text-xs text-stone-500 dark:text-stone-400">
          {type === 'wordpress'
            ? 'In WordPress: Users → Profile → Application Passwords. The user must be allowed to publish (Author, Editor or Administrator).'
            : 'In Ghost Admin: Settings → Integrations → add a custom integration, then copy its Admin API key.'}{' '}
          Stored encrypted; it never comes back to the browser.
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={test} disabled={busy}>
          {progress.kind === 'testing' ? 'Testing…' : 'Test'}
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {progress.kind === 'saving' ? 'Testing and saving…' : 'Save'}
        </Button>
      </div>
      <p
        data-testid="connection-form-result"
        data-state={progress.kind}
        aria-live="polite"
        className={`text-sm [overflow-wrap:anywhere] ${progress.kind === 'failed' ? 'text-rose-700 dark:text-rose-400' : 'text-emerald-700 dark:text-emerald-400'}`}
      >
        {progress.kind === 'passed' || progress.kind === 'failed' ? progress.text : ''}
      </p>
    </form>
  );
}
