'use client';

import { useId, useRef, useState } from 'react';
import { Button } from '../ui/button';
import { inputClass } from '../ui/form-styles';

/** A value to hand over (a token, a link), selected on focus, with a Copy button. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  const copy = async () => {
    inputRef.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard outside HTTPS or localhost: the value is selected for the person to copy.
      setCopied('select');
    }
  };

  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          id={id}
          value={value}
          readOnly
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} font-mono text-xs`}
        />
        <Button onClick={() => void copy()}>Copy</Button>
      </div>
      <p role="status" className="mt-1 min-h-4 text-xs text-stone-500 dark:text-stone-400">
        {copied === 'yes' ? 'Copied.' : copied === 'select' ? 'Selected: press Ctrl+C (⌘C) to copy.' : ''}
      </p>
    </div>
  );
}
