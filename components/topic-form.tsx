'use client';

import { Suspense, useActionState, useRef, useState } from 'react';
import { type CreateDraftFormState, createDraftAction } from '@/app/actions';
import { DuplicateTopicHint } from '@/components/batch/duplicate-topic-hint';
import { ModelPicker, ModelPickerPlaceholder } from '@/components/model-picker';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-styles';
import { type WritingOptions, WritingOptionsFields } from '@/components/writing-options-fields';
import type { ModelOption } from '@/lib/generation';

type TopicFormProps = {
  generationAvailable: boolean;
  missingKeyMessage: string;
  /** The models offered, still arriving when an endpoint is slow to list them: the form works meanwhile. */
  models: Promise<ModelOption[]>;
};

const TOPIC_MAX = 500;

export function TopicForm({ generationAvailable, missingKeyMessage, models }: TopicFormProps) {
  const [state, formAction, pending] = useActionState<CreateDraftFormState, FormData>(createDraftAction, { error: null, topic: '' });
  const formRef = useRef<HTMLFormElement>(null);
  const [topic, setTopic] = useState(state.topic);
  // An error answers the topic it was sent with; once the person edits the topic it no longer applies.
  const error = topic.trim() === state.topic.trim() ? state.error : null;
  const [options, setOptions] = useState<WritingOptions>({ keywords: '', tone: '', audience: '', length: 'standard', language: '' });

  return (
    <form ref={formRef} action={formAction} className="space-y-4" aria-describedby={error ? 'topic-error' : undefined}>
      {!generationAvailable && (
        <div
          role="status"
          className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Generation is off: no model is set up.</p>
          <p className="mt-1">{missingKeyMessage}</p>
        </div>
      )}
      <div>
        <label htmlFor="topic" className="mb-1 block text-sm font-medium">
          Topic
        </label>
        <textarea
          id="topic"
          name="topic"
          required
          maxLength={TOPIC_MAX}
          rows={3}
          defaultValue={state.topic}
          onChange={(event) => setTopic(event.target.value)}
          placeholder="e.g. What are the different frameworks available for web development in Python, such as Django or Flask"
          className={inputClass}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              formRef.current?.requestSubmit();
            }
          }}
        />
        <p className="mt-1 flex justify-between gap-3 text-xs text-stone-500 dark:text-stone-400">
          <span>Ctrl/⌘ + Enter to start writing.</span>
          {/* The box holds at most 500 characters: a longer paste is cut there, so the count says so as it happens. */}
          <span data-testid="topic-length" className={topic.length >= TOPIC_MAX ? 'text-amber-700 dark:text-amber-400' : undefined}>
            {topic.length >= TOPIC_MAX ? `${TOPIC_MAX} / ${TOPIC_MAX}: the most a topic holds` : `${topic.length} / ${TOPIC_MAX}`}
          </span>
        </p>
        <DuplicateTopicHint topic={topic} />
      </div>
      {generationAvailable && (
        <Suspense fallback={<ModelPickerPlaceholder />}>
          <ModelPicker models={models} />
        </Suspense>
      )}
      <details className="rounded-lg border border-stone-200 bg-white px-4 py-3 dark:border-stone-800 dark:bg-stone-900">
        <summary className="cursor-pointer text-sm font-medium">Writing options</summary>
        <div className="mt-3">
          <WritingOptionsFields value={options} onChange={setOptions} />
          <label className="mt-4 flex items-start gap-2 text-sm">
            <input type="checkbox" name="outlineFirst" className="mt-0.5" />
            <span>
              <span className="font-medium">Outline first</span>
              <span className="block text-stone-500 dark:text-stone-400">See and edit the outline before the post is written from it.</span>
            </span>
          </label>
        </div>
      </details>
      {error && (
        <p id="topic-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <Button type="submit" variant="primary" size="lg" disabled={pending || !generationAvailable}>
        {pending ? 'Starting…' : 'Write the post'}
      </Button>
    </form>
  );
}
