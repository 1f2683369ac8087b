'use client';

import { useDeferredValue, useRef, useState } from 'react';
import { StreamingMarkdown } from '@/components/streaming-markdown';
import { longMarkdown, OUTSIDE_MARKDOWN, SAMPLE_MARKDOWN } from './harness-samples';
import { MarkdownCodeEditor } from './markdown-code-editor';
import { type EditorViewMode, ViewModeToggle } from './view-mode-toggle';

const buttonClass =
  'rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium shadow-sm outline-none hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-amber-500 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800';

export function HarnessEditorDemo() {
  const [mode, setMode] = useState<EditorViewMode>('split');
  const [text, setText] = useState(SAMPLE_MARKDOWN);
  const [editorScrollRatio, setEditorScrollRatio] = useState<number | null>(null);
  const [reportedRatio, setReportedRatio] = useState(0);
  const previewRef = useRef<HTMLDivElement>(null);
  const syncedPreviewTop = useRef<number | null>(null);
  const preview = useDeferredValue(text);

  function onEditorScroll(ratio: number) {
    setReportedRatio(ratio);
    const pane = previewRef.current;
    if (!pane) return;
    pane.scrollTop = Math.round(ratio * (pane.scrollHeight - pane.clientHeight));
    syncedPreviewTop.current = pane.scrollTop;
  }

  function onPreviewScroll() {
    const pane = previewRef.current;
    const synced = syncedPreviewTop.current;
    syncedPreviewTop.current = null;
    if (!pane || (synced !== null && Math.abs(pane.scrollTop - synced) < 2)) return;
    const range = pane.scrollHeight - pane.clientHeight;
    setEditorScrollRatio(range > 0 ? pane.scrollTop / range : 0);
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <ViewModeToggle value={mode} onChange={setMode} />
        <span data-testid="view-mode-value" className="text-xs text-stone-500 dark:text-stone-400">
          {mode}
        </span>
        <span className="flex-1" />
        <button type="button" className={buttonClass} onClick={() => setText(OUTSIDE_MARKDOWN)}>
          Replace from outside
        </button>
        <button type="button" className={buttonClass} onClick={() => setText(longMarkdown())}>
          Load a 10,000-word post
        </button>
        <button type="button" className={buttonClass} onClick={() => setEditorScrollRatio(0.5)}>
          Scroll editor to middle
        </button>
      </div>
      <div className={`grid h-96 gap-4 ${mode === 'split' ? 'md:grid-cols-2' : ''}`}>
        <MarkdownCodeEditor
          value={text}
          onChange={setText}
          ariaLabel="Post body (Markdown)"
          onScroll={onEditorScroll}
          scrollRatio={editorScrollRatio}
          className={mode === 'preview' ? 'hidden' : ''}
        />
        <div
          ref={previewRef}
          onScroll={onPreviewScroll}
          data-testid="harness-preview"
          className={`h-full overflow-y-auto rounded-lg border border-stone-200 bg-white px-5 py-4 dark:border-stone-800 dark:bg-stone-900 ${mode === 'edit' ? 'hidden' : ''}`}
        >
          {mode !== 'edit' && <StreamingMarkdown markdown={preview} />}
        </div>
      </div>
      <dl className="grid grid-cols-3 gap-2 text-xs text-stone-600 dark:text-stone-300">
        <div>
          <dt className="font-semibold">Length</dt>
          <dd data-testid="editor-length">{text.length}</dd>
        </div>
        <div>
          <dt className="font-semibold">First line</dt>
          <dd data-testid="editor-first-line" className="truncate">
            {text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'))}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Editor scroll</dt>
          <dd data-testid="editor-scroll-ratio">{reportedRatio.toFixed(2)}</dd>
        </div>
      </dl>
    </div>
  );
}
