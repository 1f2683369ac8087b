'use client';

import { inputClass } from '@/components/ui/form-styles';
import { POST_LENGTHS, type PostLength } from '@/lib/drafts/draft';

const LENGTH_LABELS = { short: 'Short (~2,000 words)', standard: 'Standard (~4,000 words)', long: 'Long (~6,000 words)' } as const;

export type WritingOptions = { keywords: string; tone: string; audience: string; length: PostLength; language: string };

export function WritingOptionsFields({ value, onChange }: { value: WritingOptions; onChange: (next: WritingOptions) => void }) {
  const set = <K extends keyof WritingOptions>(key: K, next: WritingOptions[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <label className="block text-sm">
        <span className="mb-1 block text-stone-600 dark:text-stone-300">Focus keywords</span>
        <input
          name="keywords"
          value={value.keywords}
          onChange={(event) => set('keywords', event.target.value)}
          maxLength={300}
          className={inputClass}
          placeholder="python web framework, django vs flask"
        />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block text-stone-600 dark:text-stone-300">Length</span>
        <select
          name="length"
          value={value.length}
          onChange={(event) => set('length', event.target.value as PostLength)}
          className={inputClass}
        >
          {POST_LENGTHS.map((length) => (
            <option key={length} value={length}>
              {LENGTH_LABELS[length]}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="mb-1 block text-stone-600 dark:text-stone-300">Tone</span>
        <input
          name="tone"
          value={value.tone}
          onChange={(event) => set('tone', event.target.value)}
          maxLength={80}
          className={inputClass}
          placeholder="friendly, expert"
        />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block text-stone-600 dark:text-stone-300">Audience</span>
        <input
          name="audience"
          value={value.audience}
          onChange={(event) => set('audience', event.target.value)}
          maxLength={160}
          className={inputClass}
          placeholder="junior developers"
        />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block text-stone-600 dark:text-stone-300">Language</span>
        <input
          name="language"
          value={value.language}
          onChange={(event) => set('language', event.target.value)}
          maxLength={40}
          className={inputClass}
          placeholder="the topic's language"
        />
      </label>
    </div>
  );
}
