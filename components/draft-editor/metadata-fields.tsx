'use client';

import { useState } from 'react';
import { CategorySelect } from '@/components/editor-widgets/category-select';
import { CharCounter } from '@/components/editor-widgets/char-counter';
import { TagsInput } from '@/components/editor-widgets/tags-input';
import { inputClass, notYetEditable } from '@/components/ui/form-styles';
import { useHydrated } from '@/hooks/use-hydrated';
import { type EditableFields, fieldProblems } from '@/lib/drafts/editable-fields';
import { slugFollowsTitle as followsTitle, slugAsTyped, slugify } from '@/lib/drafts/slug';
import { countCharacters, SEO_LIMITS } from '@/lib/seo';

type Props = {
  fields: EditableFields;
  topic: string;
  onChange: (next: Partial<EditableFields>) => void;
  tagSuggestions: string[];
  categories: readonly string[];
};

function FieldProblem({ id, problem }: { id: string; problem: string | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs text-rose-700 dark:text-rose-400">
      {problem} The other fields still save.
    </p>
  );
}

export function MetadataFields({ fields, topic, onChange, tagSuggestions, categories }: Props) {
  // One rule for every draft: a slug the app made follows the title until the person types their own.
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(() => followsTitle({ slug: fields.slug, title: fields.title, topic }));
  const problems = fieldProblems(fields);
  // Until React owns the fields, what is typed into them would be put back to the stored text when it takes over:
  // they stay read-only (and look it) for that moment instead.
  const hydrated = useHydrated();
  const waiting = hydrated ? undefined : true;

  const changeTitle = (title: string) => onChange(slugFollowsTitle ? { title, slug: slugify(title) } : { title });
  const changeSlug = (typed: string) => {
    setSlugFollowsTitle(false);
    onChange({ slug: slugAsTyped(typed) });
  };

  return (
    <div className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-2 dark:border-stone-800 dark:bg-stone-900">
      <div className="md:col-span-2">
        <div className="mb-1 flex items-baseline justify-between">
          <label htmlFor="draft-title" className="text-sm font-medium">
            Title
          </label>
          <CharCounter id="title-count" length={countCharacters(fields.title)} {...SEO_LIMITS.title} />
        </div>
        <input
          id="draft-title"
          readOnly={waiting}
          value={fields.title}
          aria-invalid={problems.title !== undefined}
          aria-describedby="title-count title-problem"
          className={`${inputClass} ${notYetEditable} text-base font-semibold`}
          onChange={(event) => changeTitle(event.target.value)}
        />
        <FieldProblem id="title-problem" problem={problems.title} />
      </div>
      <div className="md:col-span-2">
        <div className="mb-1 flex items-baseline justify-between">
          <label htmlFor="draft-meta" className="text-sm font-medium">
            Meta description
          </label>
          <CharCounter id="meta-count" length={countCharacters(fields.metaDescription)} {...SEO_LIMITS.metaDescription} />
        </div>
        <textarea
          id="draft-meta"
          readOnly={waiting}
          rows={2}
          value={fields.metaDescription}
          aria-invalid={problems.metaDescription !== undefined}
          aria-describedby="meta-count meta-problem"
          className={`${inputClass} ${notYetEditable}`}
          onChange={(event) => onChange({ metaDescription: event.target.value })}
        />
        <FieldProblem id="meta-problem" problem={problems.metaDescription} />
      </div>
      <div className="md:col-span-2">
        <label htmlFor="draft-slug" className="mb-1 block text-sm font-medium">
          Slug
        </label>
        <input
          id="draft-slug"
          readOnly={waiting}
          value={fields.slug}
          aria-invalid={problems.slug !== undefined}
          aria-describedby="slug-help"
          className={`${inputClass} ${notYetEditable} font-mono`}
          onChange={(event) => changeSlug(event.target.value)}
          onBlur={() => {
            if (fields.slug !== '' && slugify(fields.slug) !== fields.slug) onChange({ slug: slugify(fields.slug) });
          }}
        />
        {problems.slug && !fields.slug.endsWith('-') ? (
          <FieldProblem id="slug-help" problem={problems.slug} />
        ) : (
          <p id="slug-help" className="mt-1 text-xs text-stone-500 dark:text-stone-400">
            {slugFollowsTitle
              ? 'Follows the title until you edit it.'
              : 'What you type becomes lowercase letters, digits and single dashes.'}
          </p>
        )}
      </div>
      <TagsInput label="Tags" value={fields.tags} onChange={(tags) => onChange({ tags })} suggestions={tagSuggestions} maxTags={30} />
      <CategorySelect
        label="Categories"
        list={categories}
        value={fields.categories}
        onChange={(chosen) => onChange({ categories: chosen })}
      />
    </div>
  );
}
