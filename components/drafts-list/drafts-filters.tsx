'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { useUrlField } from '@/hooks/use-url-field';
import { DRAFT_SORTS } from '@/lib/drafts/codes';
import { draftsHref, hasFilters, type ListParams, SORT_LABELS } from './list-params';

const TYPING_DELAY_MS = 350;
const field =
  'h-10 w-full rounded-lg border border-stone-300 bg-white px-3 text-sm shadow-sm outline-none focus:border-amber-500 focus:ring-2 focus:ring-amber-500/30 dark:border-stone-700 dark:bg-stone-900';
const caption = 'mb-1 block text-xs font-medium text-stone-600 dark:text-stone-400';
const sameWhenTrimmed = (typed: string, url: string) => typed.trim() === url;

type Fields = { q: string; tag: string; category: string; author: string; sort: string };
/** The team, for the author filter; empty before accounts (nobody to tell apart). */
export type AuthorChoice = { id: string; name: string };

/** The search and filters as a GET form: works without JavaScript, and with it updates the URL as you type. */
export function DraftsFilters({
  params,
  showClear,
  categories,
  authors = [],
}: {
  params: ListParams;
  showClear: boolean;
  /** The category list: the fixed 60, then those an admin added. */
  categories: readonly string[];
  authors?: AuthorChoice[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [q, setQ] = useUrlField(params.q ?? '', sameWhenTrimmed);
  const [tag, setTag] = useUrlField(params.tag ?? '', sameWhenTrimmed);
  const [category, setCategory] = useUrlField(params.category ?? '');
  const [author, setAuthor] = useUrlField(params.author ?? '');
  const [sort, setSort] = useUrlField(params.sort ?? '');

  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (changes: Partial<Fields>, mode: 'push' | 'replace') => {
    clearTimeout(timer.current);
    const fields = { q, tag, category, author, sort, ...changes };
    const href = draftsHref(params, {
      q: fields.q.trim(),
      tag: fields.tag.trim(),
      category: fields.category,
      author: fields.author,
      sort: fields.sort,
    });
    if (href === draftsHref(params, { cursor: params.cursor })) return;
    startTransition(() => (mode === 'push' ? router.push(href) : router.replace(href)));
  };
  // Typing replaces the history entry instead of adding one per pause, so Back leaves the search.
  const typed = (changes: Partial<Fields>) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => go(changes, 'replace'), TYPING_DELAY_MS);
  };

  return (
    <search aria-label="Search and filter drafts">
      <form
        action="/drafts"
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          go({}, 'push');
        }}
        className={`grid grid-cols-2 items-end gap-3 ${authors.length > 0 ? 'lg:grid-cols-[minmax(0,1fr)_10rem_12rem_10rem_12rem_auto]' : 'lg:grid-cols-[minmax(0,1fr)_10rem_14rem_12rem_auto]'}`}
      >
        {params.status && <input type="hidden" name="status" value={params.status} />}
        {params.interruption && <input type="hidden" name="interruption" value={params.interruption} />}
        <label className="col-span-2 block lg:col-span-1">
          <span className={caption}>Search</span>
          <input
            type="search"
            name="q"
            value={q}
            maxLength={200}
            placeholder="Titles, topics and post text"
            onChange={(event) => {
              setQ(event.target.value);
              typed({ q: event.target.value });
            }}
            className={field}
          />
        </label>
        <label className="block">
          <span className={caption}>Tag</span>
          <input
            name="tag"
            value={tag}
            maxLength={60}
            placeholder="Any tag"
            onChange={(event) => {
              setTag(event.target.value);
              typed({ tag: event.target.value });
            }}
            className={field}
          />
        </label>
        <label className="block">
          <span className={caption}>Category</span>
          <select
            name="category"
            value={category}
            onChange={(event) => {
              setCategory(event.target.value);
              go({ category: event.target.value }, 'push');
            }}
            className={field}
          >
            <option value="">All categories</option>
            {categories.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {authors.length > 0 && (
          <label className="block">
            <span className={caption}>Author</span>
            <select
              name="author"
              value={author}
              onChange={(event) => {
                setAuthor(event.target.value);
                go({ author: event.target.value }, 'push');
              }}
              className={field}
            >
              <option value="">Anyone</option>
              <option value="mine">Mine</option>
              {authors.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="block">
          <span className={caption}>Sort by</span>
          <select
            name="sort"
            value={sort}
            onChange={(event) => {
              setSort(event.target.value);
              go({ sort: event.target.value }, 'push');
            }}
            className={field}
          >
            {DRAFT_SORTS.map((value) => (
              <option key={value} value={value === 'created' ? '' : value}>
                {SORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-center gap-3">
          <Button type="submit" variant="primary" size="lg" className="h-10">
            Search
          </Button>
          <span aria-live="polite" className="text-xs text-stone-500 dark:text-stone-400">
            {pending ? 'Updating…' : ''}
          </span>
        </div>
        {showClear && hasFilters(params) && (
          <p className={`col-span-2 text-sm ${authors.length > 0 ? 'lg:col-span-6' : 'lg:col-span-5'}`}>
            <Link
              href={draftsHref({ sort: params.sort })}
              className="rounded text-amber-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:text-amber-400"
            >
              Clear filters
            </Link>
          </p>
        )}
      </form>
    </search>
  );
}
