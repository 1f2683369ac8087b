'use client';

import Link from 'next/link';
import { use } from 'react';
import { modelLabel, PROVIDER_NAMES } from '@/components/model-label';
import { inputClass } from '@/components/ui/form-styles';
import { useRememberedModel } from '@/hooks/use-remembered-model';
import type { ModelOption } from '@/lib/generation';

const hintClass = 'mt-1 text-xs text-stone-500 dark:text-stone-400';

function groupByProvider(models: ModelOption[]): [ModelOption['provider'], ModelOption[]][] {
  const groups = new Map<ModelOption['provider'], ModelOption[]>();
  for (const option of models) groups.set(option.provider, [...(groups.get(option.provider) ?? []), option]);
  return [...groups];
}

function optionText(option: ModelOption): string {
  return option.default ? `${option.model} (default)` : option.model;
}

/**
 * Which model writes the post, sent as the form field `model`: a select of the offered models (the last one
 * picked in this browser, else the default), or the one model as text when there is no choice to make.
 */
export function ModelPicker({ models: offered }: { models: Promise<ModelOption[]> }) {
  const models = use(offered);
  const [value, pick] = useRememberedModel(models);
  const only = models.length === 1 ? models[0] : undefined;
  if (!value) return null;
  if (only) {
    return (
      <div className="text-sm">
        <p className="mb-1 font-medium">Model</p>
        <p data-testid="model-choice">{modelLabel(only)}</p>
        <input type="hidden" name="model" value={only.id} />
      </div>
    );
  }
  const groups = groupByProvider(models);
  return (
    <div className="text-sm">
      <label htmlFor="model" className="mb-1 block font-medium">
        Model
      </label>
      <select
        id="model"
        name="model"
        value={value}
        onChange={(event) => pick(event.target.value)}
        aria-describedby="model-hint"
        className={inputClass}
      >
        {groups.length === 1
          ? models.map((option) => (
              <option key={option.id} value={option.id}>
                {optionText(option)}
              </option>
            ))
          : groups.map(([provider, options]) => (
              <optgroup key={provider} label={PROVIDER_NAMES[provider]}>
                {options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {optionText(option)}
                  </option>
                ))}
              </optgroup>
            ))}
      </select>
      <p id="model-hint" className={hintClass}>
        Your choice is remembered in this browser.{' '}
        <Link href="/settings" className="text-amber-700 hover:underline dark:text-amber-400">
          Test them in Settings
        </Link>
      </p>
    </div>
  );
}

/** Holds the picker's place while the endpoint lists its models. */
export function ModelPickerPlaceholder() {
  return (
    <div className="text-sm" aria-busy="true">
      <p className="mb-1 font-medium">Model</p>
      <p className="py-2 text-stone-500 dark:text-stone-400">Asking the endpoints which models they offer…</p>
    </div>
  );
}
