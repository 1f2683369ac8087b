'use client';

import { type ReactNode, useState } from 'react';

type Props = {
  id: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  /** What to drop, in a sentence, and a hint under it. */
  title: ReactNode;
  hint?: ReactNode;
};

/** A file input as a large target: click (or Enter/Space on the focused input) to choose, or drop files on it. */
export function DropZone({ id, accept, multiple = false, onFiles, title, hint }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <label
      htmlFor={id}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const dropped = [...event.dataTransfer.files];
        onFiles(multiple ? dropped : dropped.slice(0, 1));
      }}
      className={`flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-6 py-10 text-center text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-amber-500 ${
        dragging ? 'border-amber-500 bg-amber-50 dark:bg-amber-950' : 'border-stone-300 bg-white dark:border-stone-700 dark:bg-stone-900'
      }`}
    >
      <span className="font-medium">{title}</span>
      {hint && <span className="mt-1 text-stone-500 dark:text-stone-400">{hint}</span>}
      <input
        id={id}
        type="file"
        multiple={multiple}
        accept={accept}
        className="sr-only"
        onChange={(event) => onFiles([...(event.target.files ?? [])])}
      />
    </label>
  );
}
