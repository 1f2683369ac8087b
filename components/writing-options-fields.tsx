'use client';

import { inputClass } from '@/components/ui/form-styles';
import { POST_LENGTHS } from '@/lib/drafts/codes';
import type { PostLength } from '@/lib/drafts/draft';

const LENGTH_LABELS = { short: 'Short (~2,000 words)', standard: 'Standard (~4,000 words)', long: 'Long (~6,000 words)' } as const;

export type WritingOptions = { keywords: string; tone: string; audience: string; length: PostLength; language: string };

type TextOption = Exclude<keyof WritingOptions, 'length'>;

// Limits match CreateDraftInput, so the browser stops at the same length the server accepts.
const TEXT_OPTIONS: { name: TextOption; label: string; maxLength: number; placeholder: string }[] = [
  { name: 'keywords', label: 'Focus keywords', maxLength: 300, placeholder: 'python web framework, django vs flask' },
  { name: 'tone', label: 'Tone', maxLength: 80, placeholder: 'friendly, expert' },
  { name: 'audience', label: 'Audience', maxLength: 160, placeholder: 'junior developers' },
  { name: 'language', label: 'Language', maxLength: 40, placeholder: "the topic's language" },
];

/** The writing options of a post (single topic or batch), as named fields so a plain form post carries them. */
export function WritingOptionsFields({ value, onChange }: { value: WritingOptions; onChange: (next: WritingOptions) => void }) {
  const set = <K extends keyof WritingOptions>(key: K, next: WritingOptions[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
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
      {TEXT_OPTIONS.map((option) => (
        <label key={option.name} className="block text-sm">
          <span className="mb-1 block text-stone-600 dark:text-stone-300">{option.label}</span>
          <input
            name={option.name}
            value={value[option.name]}
            onChange={(event) => set(option.name, event.target.value)}
            maxLength={option.maxLength}
            className={inputClass}
            placeholder={option.placeholder}
          />
        </label>
      ))}
    </div>
  );
}
