'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/form-styles';
import { MAX_CATEGORY_LENGTH } from '@/lib/categories/schemas';
import { callApi } from '@/lib/client/api';

const failureText = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/** The category list: the fixed ones (shown, not removable) and those added here, which posts may use beside them. */
export function CategoriesSection({ fixed, initial }: { fixed: readonly string[]; initial: string[] }) {
  const [custom, setCustom] = useState(initial);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  const change = async (method: 'POST' | 'DELETE', category: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await callApi<{ categories: string[] }>('/api/categories/custom', { method, body: { name: category } });
      setCustom(answer.categories);
      if (method === 'POST') setName('');
      setMessage({ kind: 'done', text: method === 'POST' ? `Added “${category.trim()}”.` : `Removed “${category}”.` });
    } catch (failure) {
      setMessage({ kind: 'error', text: failureText(failure) });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void change('POST', name);
  };

  return (
    <section
      aria-labelledby="categories-heading"
      data-testid="categories-section"
      className="space-y-3 rounded-lg border border-stone-200 bg-white px-5 py-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="categories-heading" className="text-base font-semibold">
        Categories
      </h2>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        The model chooses a post&apos;s categories from this list, and the editor offers the same list. The {fixed.length} built-in
        categories are always there; the ones you add here come after them, and removing one leaves the drafts that use it as they are.
      </p>
      {custom.length > 0 ? (
        <ul aria-label="Added categories" className="divide-y divide-stone-200 dark:divide-stone-800">
          {custom.map((category) => (
            <li key={category} data-testid="custom-category" className="flex items-center justify-between gap-3 py-2 text-sm">
              <span className="min-w-0 [overflow-wrap:anywhere]">{category}</span>
              <Button size="sm" variant="destructive-outline" disabled={busy} onClick={() => change('DELETE', category)}>
                Remove<span className="sr-only"> {category}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-500 dark:text-stone-400">No categories added yet.</p>
      )}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 basis-56">
          <span className="mb-1 block text-sm font-medium">New category</span>
          <input
            value={name}
            maxLength={MAX_CATEGORY_LENGTH}
            onChange={(event) => setName(event.target.value)}
            placeholder="e.g. Local Events"
            className={inputClass}
          />
        </label>
        <Button type="submit" variant="primary" disabled={busy || !name.trim()}>
          Add category
        </Button>
      </form>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={`text-sm ${message.kind === 'error' ? 'text-rose-700 dark:text-rose-400' : 'text-stone-600 dark:text-stone-300'}`}
        >
          {message.text}
        </p>
      )}
      <details className="text-sm">
        <summary className="cursor-pointer text-stone-600 dark:text-stone-300">The {fixed.length} built-in categories</summary>
        <ul className="mt-2 columns-1 gap-6 text-stone-600 sm:columns-2 dark:text-stone-400">
          {fixed.map((category) => (
            <li key={category}>{category}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
