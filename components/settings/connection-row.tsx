'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/client/api';
import type { Connection, ConnectionCheck } from '@/lib/publish/schemas';

type State = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'passed'; text: string } | { kind: 'failed'; text: string };

/** One stored site: what it is, Test against it now, Remove. */
export function ConnectionRow({ connection, onRemoved }: { connection: Connection; onRemoved: (id: string) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const name = connection.siteName || connection.url;

  async function test() {
    setState({ kind: 'busy', text: 'Testing…' });
    try {
      const check = await callApi<ConnectionCheck>(`/api/connections/${connection.id}/test`, { method: 'POST' });
      setState({ kind: 'passed', text: `Works, as ${check.user}.` });
    } catch (caught) {
      setState({ kind: 'failed', text: caught instanceof Error ? caught.message : 'The test did not run. Try again.' });
    }
  }

  async function remove() {
    setState({ kind: 'busy', text: 'Removing…' });
    try {
      await callApi(`/api/connections/${connection.id}`, { method: 'DELETE' });
      onRemoved(connection.id);
    } catch (caught) {
      setState({ kind: 'failed', text: caught instanceof Error ? caught.message : 'Removing failed. Try again.' });
    }
  }

  return (
    <li className="space-y-1 py-3" data-testid="connection-row">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium [overflow-wrap:anywhere]">
            {name}{' '}
            <span className="text-xs font-normal text-stone-500 dark:text-stone-400">
              {connection.type === 'wordpress' ? 'WordPress' : 'Ghost'}
            </span>
          </p>
          <p className="text-xs text-stone-500 [overflow-wrap:anywhere] dark:text-stone-400">
            {connection.url}
            {connection.username ? ` · ${connection.username}` : ''}
            {` · time zone ${connection.timeZone || 'not given by the site'}`}
          </p>
        </div>
        <Button size="sm" onClick={test} disabled={state.kind === 'busy'} aria-label={`Test ${name}`}>
          {state.kind === 'busy' && state.text === 'Testing…' ? 'Testing…' : 'Test'}
        </Button>
        <Button size="sm" variant="destructive-outline" onClick={remove} disabled={state.kind === 'busy'} aria-label={`Remove ${name}`}>
          Remove
        </Button>
      </div>
      <p
        aria-live="polite"
        data-testid="connection-test-result"
        data-state={state.kind}
        className={`text-xs [overflow-wrap:anywhere] ${state.kind === 'failed' ? 'text-rose-700 dark:text-rose-400' : 'text-emerald-700 dark:text-emerald-400'}`}
      >
        {state.kind === 'passed' || state.kind === 'failed' ? state.text : ''}
      </p>
    </li>
  );
}
