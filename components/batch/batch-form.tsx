'use client';

import { useRouter } from 'next/navigation';
import { Suspense, useEffect, useState } from 'react';
import { ModelPicker, ModelPickerPlaceholder } from '@/components/model-picker';
import { Button } from '@/components/ui/button';
import { DropZone } from '@/components/ui/drop-zone';
import { inputClass } from '@/components/ui/form-styles';
import { type WritingOptions, WritingOptionsFields } from '@/components/writing-options-fields';
import type { CreatedBatch, TopicCheck } from '@/lib/batch/view';
import { callApi } from '@/lib/client/api';
import type { ModelOption } from '@/lib/generation';
import { TopicCheckSummary } from './topic-check-summary';

type Source = 'list' | 'csv';

const MAX_CSV_BYTES = 2_000_000;
const CHECK_DELAY_MS = 400;
const CSV_TEMPLATE = 'topic,keywords,tone,audience,length';

export function BatchForm({
  generationAvailable,
  missingKeyMessage,
  models,
}: {
  generationAvailable: boolean;
  missingKeyMessage: string;
  /** The models offered, still arriving when an endpoint is slow to list them. */
  models: Promise<ModelOption[]>;
}) {
  const router = useRouter();
  const [source, setSource] = useState<Source>('list');
  const [topics, setTopics] = useState('');
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [name, setName] = useState('');
  const [options, setOptions] = useState<WritingOptions>({ keywords: '', tone: '', audience: '', length: 'standard', language: '' });
  const [check, setCheck] = useState<TopicCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const body = source === 'list' ? { topics, ...options } : { csv: csv?.text ?? '', ...options };
  const empty = source === 'list' ? topics.trim() === '' : !csv;
  const bodyKey = JSON.stringify(body);

  useEffect(() => {
    if (empty) {
      setCheck(null);
      return;
    }
    let stale = false;
    setChecking(true);
    const timer = setTimeout(async () => {
      try {
        const result = await callApi<TopicCheck>('/api/batches/check-duplicates', { method: 'POST', body: JSON.parse(bodyKey) });
        if (!stale) setCheck(result);
      } catch {
        if (!stale) setCheck(null);
      } finally {
        if (!stale) setChecking(false);
      }
    }, CHECK_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [bodyKey, empty]);

  async function readFile(file: File | undefined) {
    setError(null);
    if (!file) return setCsv(null);
    if (file.size > MAX_CSV_BYTES) return setError('That file is over 2 MB: split it into smaller batches.');
    setCsv({ name: file.name, text: await file.text() });
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The model picker is a plain form field (shared with the topic form); every topic of the batch uses it.
    const model = new FormData(event.currentTarget).get('model');
    setSubmitting(true);
    setError(null);
    try {
      const created = await callApi<CreatedBatch>('/api/batches', {
        method: 'POST',
        body: { ...body, ...(name.trim() ? { name } : {}), ...(typeof model === 'string' && model ? { model } : {}) },
      });
      router.push(`/batches/${created.batch.id}`);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The batch could not be created. Try again.');
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" aria-label="New batch">
      {!generationAvailable && (
        <div
          role="status"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Generation is off: no API key.</p>
          <p className="mt-1">{missingKeyMessage}</p>
        </div>
      )}
      <fieldset className="flex gap-2 text-sm">
        <legend className="sr-only">Where the topics come from</legend>
        {(['list', 'csv'] as const).map((option) => (
          <label
            key={option}
            className={`flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-1.5 ${source === option ? 'border-amber-500 bg-amber-50 font-medium dark:bg-amber-950' : 'border-stone-300 dark:border-stone-700'}`}
          >
            <input
              type="radio"
              name="source"
              value={option}
              checked={source === option}
              onChange={() => setSource(option)}
              className="accent-amber-600"
            />
            {option === 'list' ? 'Paste topics' : 'Upload a CSV'}
          </label>
        ))}
      </fieldset>
      {source === 'list' ? (
        <label className="block text-sm">
          <span className="mb-1 block font-medium">Topics, one per line</span>
          <textarea
            value={topics}
            onChange={(event) => setTopics(event.target.value)}
            rows={8}
            className={`${inputClass} font-mono`}
            placeholder={'How to choose a Python web framework\nA beginner’s guide to Docker volumes\nKubernetes vs Nomad for small teams'}
          />
        </label>
      ) : (
        <div className="text-sm">
          <DropZone
            id="batch-csv"
            accept=".csv,text/csv"
            onFiles={(files) => void readFile(files[0])}
            title={csv ? `${csv.name}: drop or click to choose another` : 'Drop a CSV file here, or click to choose'}
            hint="One topic per row"
          />
          <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">
            With a header line: <code>{CSV_TEMPLATE}</code>. Only <code>topic</code> is required; empty cells take the options below.
          </p>
        </div>
      )}
      <TopicCheckSummary check={empty ? null : check} checking={checking} />
      {generationAvailable && (
        <Suspense fallback={<ModelPickerPlaceholder />}>
          <ModelPicker models={models} />
        </Suspense>
      )}
      <details className="rounded-lg border border-stone-200 bg-white px-4 py-3 dark:border-stone-800 dark:bg-stone-900">
        <summary className="cursor-pointer text-sm font-medium">Writing options for every topic</summary>
        <div className="mt-3 space-y-4">
          <WritingOptionsFields value={options} onChange={setOptions} />
          <label className="block text-sm">
            <span className="mb-1 block text-stone-600 dark:text-stone-300">Batch name (optional)</span>
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} className={inputClass} />
          </label>
        </div>
      </details>
      {error && (
        <p role="alert" className="text-sm text-rose-700 dark:text-rose-400">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" size="lg" disabled={submitting || empty || !generationAvailable || check?.count === 0}>
        {submitting
          ? 'Starting…'
          : check && check.count > 0
            ? `Write ${check.count} post${check.count === 1 ? '' : 's'}`
            : 'Write the posts'}
      </Button>
    </form>
  );
}
