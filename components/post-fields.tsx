import type { ReactNode } from 'react';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div>
      <dt className="text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400">{label}</dt>
      <dd data-testid={testId} className="mt-1 text-sm">
        {children}
      </dd>
    </div>
  );
}

function Chips({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <span className="text-stone-400 italic">{empty}</span>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item} className="rounded-full bg-stone-200 px-2 py-0.5 text-xs dark:bg-stone-800">
          {item}
        </li>
      ))}
    </ul>
  );
}

export function PostFields({
  metaDescription,
  slug,
  tags,
  categories,
}: {
  metaDescription: string;
  slug: string;
  tags: string[];
  categories: string[];
}) {
  return (
    <dl className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 dark:border-stone-800 dark:bg-stone-900">
      <div className="sm:col-span-2">
        <Field label="Meta description" testId="field-meta">
          {metaDescription || <span className="text-stone-400 italic">Waiting for the model…</span>}
          {metaDescription && <span className="ml-2 text-xs text-stone-500">{metaDescription.length} chars</span>}
        </Field>
      </div>
      <Field label="Tags" testId="field-tags">
        <Chips items={tags} empty="None yet" />
      </Field>
      <Field label="Categories" testId="field-categories">
        <Chips items={categories} empty="None yet" />
      </Field>
      <Field label="Slug" testId="field-slug">
        <code className="text-xs">{slug}</code>
      </Field>
    </dl>
  );
}
