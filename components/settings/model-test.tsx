'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/client/api';
import type { ModelTestResult } from '@/lib/generation';

type TestState =
  | { kind: 'idle' }
  | { kind: 'testing' }
  | { kind: 'answered'; ms: number; reply: string }
  | { kind: 'failed'; message: string };

function Outcome({ state }: { state: TestState }) {
  if (state.kind === 'testing') return <span className="text-stone-500 dark:text-stone-400">Asking…</span>;
  if (state.kind === 'answered')
    return (
      <span className="text-emerald-700 dark:text-emerald-400">
        Answered in {state.ms.toLocaleString('en')} ms{state.reply ? `: “${state.reply}”` : ' (an empty reply)'}
      </span>
    );
  if (state.kind === 'failed') return <span className="text-rose-700 dark:text-rose-400">{state.message}</span>;
  return null;
}

/** The Test button of one model: a tiny request through the server, then the reply time or why it failed. */
export function ModelTest({ id, model }: { id: string; model: string }) {
  const [state, setState] = useState<TestState>({ kind: 'idle' });

  async function run() {
    setState({ kind: 'testing' });
    try {
      const result = await callApi<ModelTestResult>('/api/models/test', { method: 'POST', body: { model: id } });
      setState({ kind: 'answered', ms: result.ms, reply: result.reply });
    } catch (caught) {
      setState({ kind: 'failed', message: caught instanceof Error ? caught.message : 'The test did not run. Try again.' });
    }
  }

  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
      <Button size="sm" onClick={run} disabled={state.kind === 'testing'} aria-label={`Test ${model}`}>
        {state.kind === 'testing' ? 'Testing…' : 'Test'}
      </Button>
      <p data-testid="model-test-result" data-state={state.kind} aria-live="polite" className="min-w-0 text-xs [overflow-wrap:anywhere]">
        <Outcome state={state} />
      </p>
    </div>
  );
}
