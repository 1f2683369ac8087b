'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { type EditorViewMode, ViewModeToggle } from '@/components/editor-widgets/view-mode-toggle';
import { StreamingMarkdown } from '@/components/streaming-markdown';
import { countWords } from '@/lib/seo';

export const PREVIEW_ID = 'draft-preview';

// CodeMirror is most of the editor page's code: it loads after the page is up (it draws only in the browser),
// so the page, its preview and fields show without waiting for it.
const MarkdownCodeEditor = dynamic(
  () => import('@/components/editor-widgets/markdown-code-editor').then((module) => module.MarkdownCodeEditor),
  {
    ssr: false,
    loading: () => (
      <p aria-busy className="p-4 text-sm text-stone-500 dark:text-stone-400">
        Loading the editor…
      </p>
    ),
  },
);

export function BodyEditor({ content, onChange }: { content: string; onChange: (content: string) => void }) {
  const [mode, setMode] = useState<EditorViewMode>('split');
  // Proportional scroll sync: each side reports its ratio and follows the other's.
  const [editorRatio, setEditorRatio] = useState<number | null>(null);
  const [previewRatio, setPreviewRatio] = useState<number | null>(null);

  return (
    <section aria-label="Body" className="space-y-2">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-medium">
          Body <span className="font-normal text-stone-500 dark:text-stone-400">· {countWords(content).toLocaleString('en')} words</span>
        </h2>
        <ViewModeToggle value={mode} onChange={setMode} />
      </div>
      <div className={`grid gap-4 ${mode === 'split' ? 'lg:grid-cols-2' : ''}`}>
        {/* Hidden rather than unmounted in preview mode, so undo history and selection survive. */}
        <div
          className={`h-[70vh] overflow-hidden rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900 ${mode === 'preview' ? 'hidden' : ''}`}
        >
          <MarkdownCodeEditor
            value={content}
            onChange={onChange}
            ariaLabel="Post body (Markdown)"
            onScroll={setPreviewRatio}
            scrollRatio={editorRatio}
            className="h-full"
          />
        </div>
        {mode !== 'edit' && (
          <div
            className="h-[70vh] overflow-y-auto rounded-lg border border-stone-200 bg-white px-6 py-6 dark:border-stone-800 dark:bg-stone-900"
            onScroll={(event) => {
              const element = event.currentTarget;
              const range = element.scrollHeight - element.clientHeight;
              if (range > 0 && mode === 'split') setEditorRatio(element.scrollTop / range);
            }}
            ref={(element) => {
              if (!element || previewRatio === null || mode !== 'split') return;
              const target = previewRatio * (element.scrollHeight - element.clientHeight);
              if (Math.abs(element.scrollTop - target) > 4) element.scrollTop = target;
            }}
          >
            <div id={PREVIEW_ID}>
              <StreamingMarkdown markdown={content} />
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
