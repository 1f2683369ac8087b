'use client';

import { useState } from 'react';
import { CategorySelect } from '@/components/editor-widgets/category-select';
import { CharCounter } from '@/components/editor-widgets/char-counter';
import { TagsInput } from '@/components/editor-widgets/tags-input';
import { inputClass } from '@/components/ui/form-styles';
import { SLUG_PATTERN } from '@/lib/drafts/codes';
import type { EditableFields } from '@/lib/drafts/editable-fields';
import { slugify } from '@/lib/drafts/slug';
import { countCharacters, SEO_LIMITS } from '@/lib/seo';

type Props = { fields: EditableFields; onChange: (next: Partial<EditableFields>) => void; tagSuggestions: string[] };

export function MetadataFields({ fields, onChange, tagSuggestions }: Props) {
  // The slug follows the title until the person edits the slug itself.
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(() => fields.slug === slugify(fields.title));
  const slugValid = SLUG_PATTERN.test(fields.slug);

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
          value={fields.title}
          maxLength={300}
          aria-describedby="title-count"
          className={`${inputClass} text-base font-semibold`}
          onChange={(event) => {
            const title = event.target.value;
            onChange(slugFollowsTitle ? { title, slug: slugify(title) } : { title });
          }}
        />
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
          rows={2}
          value={fields.metaDescription}
          maxLength={500}
          aria-describedby="meta-count"
          className={inputClass}
          onChange={(event) => onChange({ metaDescription: event.target.value })}
        />
      </div>
      <div className="md:col-span-2">
        <label htmlFor="draft-slug" className="mb-1 block text-sm font-medium">
          Slug
        </label>
        <input
          id="draft-slug"
          value={fields.slug}
          maxLength={120}
          aria-invalid={!slugValid}
          aria-describedby="slug-help"
          className={`${inputClass} font-mono`}
          onChange={(event) => {
            setSlugFollowsTitle(false);
            onChange({ slug: event.target.value });
          }}
        />
        <p
          id="slug-help"
          className={`mt-1 text-xs ${slugValid ? 'text-stone-500 dark:text-stone-400' : 'text-rose-700 dark:text-rose-400'}`}
        >
          {slugValid
            ? slugFollowsTitle
              ? 'Follows the title until you edit it.'
              : 'Lowercase letters, digits and single dashes.'
            : 'Use lowercase letters, digits and single dashes (e.g. my-post-title); it will not save until then.'}
        </p>
      </div>
      <TagsInput label="Tags" value={fields.tags} onChange={(tags) => onChange({ tags })} suggestions={tagSuggestions} maxTags={30} />
      <CategorySelect label="Categories" value={fields.categories} onChange={(categories) => onChange({ categories })} />
    </div>
  );
}
