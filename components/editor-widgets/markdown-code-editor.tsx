'use client';

import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightSpecialChars, keymap } from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { darkEditorTheme, lightEditorTheme, markdownHighlighting } from './markdown-code-editor-theme';

type MarkdownCodeEditorProps = {
  value: string;
  onChange: (value: string) => void;
  ariaLabel: string;
  onScroll?: (ratio: number) => void;
  scrollRatio?: number | null;
  className?: string;
};

const DARK_QUERY = '(prefers-color-scheme: dark)';
const fromProps = Annotation.define<boolean>();
const SYNC_ECHO_MS = 300;
const SYNC_ECHO_RATIO = 0.02;

function scrollRatioOf(scroller: HTMLElement): number {
  const range = scroller.scrollHeight - scroller.clientHeight;
  return range > 0 ? Math.min(1, Math.max(0, scroller.scrollTop / range)) : 0;
}

/** The smallest replacement turning `before` into `after`, so CodeMirror can map the selection across it. */
function minimalChange(before: string, after: string) {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

export function MarkdownCodeEditor({ value, onChange, ariaLabel, onScroll, scrollRatio, className }: MarkdownCodeEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const labelCompartment = useRef(new Compartment());
  // The latest props, read by CodeMirror's listeners, which are created only once.
  const latest = useRef({ value, onChange, onScroll, ariaLabel });
  useLayoutEffect(() => {
    latest.current = { value, onChange, onScroll, ariaLabel };
  });
  const lastEmitted = useRef(value);
  // Where and when we last scrolled on the preview's behalf: the scroll events that causes (CodeMirror
  // corrects its height estimates right after a jump, nudging scrollTop) are not reported back.
  const syncedScroll = useRef<{ ratio: number; at: number } | null>(null);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const media = window.matchMedia(DARK_QUERY);
    const themeCompartment = new Compartment();
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: [
          highlightSpecialChars(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          markdown(),
          markdownHighlighting,
          search({ top: true }),
          highlightSelectionMatches(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
          // The browser's own find misses lines CodeMirror has not drawn; Mod-f searches the whole post instead.
          EditorView.contentAttributes.of({ spellcheck: 'true', autocorrect: 'on', autocapitalize: 'sentences' }),
          themeCompartment.of(media.matches ? darkEditorTheme : lightEditorTheme),
          labelCompartment.current.of(EditorView.contentAttributes.of({ 'aria-label': latest.current.ariaLabel })),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged || update.transactions.some((transaction) => transaction.annotation(fromProps))) return;
            const text = update.state.doc.toString();
            lastEmitted.current = text;
            latest.current.onChange(text);
          }),
        ],
      }),
    });
    viewRef.current = view;
    lastEmitted.current = latest.current.value;

    const onColorScheme = () =>
      view.dispatch({ effects: themeCompartment.reconfigure(media.matches ? darkEditorTheme : lightEditorTheme) });
    media.addEventListener('change', onColorScheme);

    const scroller = view.scrollDOM;
    const onScrollerScroll = () => {
      const ratio = scrollRatioOf(scroller);
      const synced = syncedScroll.current;
      if (synced && performance.now() - synced.at < SYNC_ECHO_MS && Math.abs(ratio - synced.ratio) < SYNC_ECHO_RATIO) return;
      syncedScroll.current = null;
      latest.current.onScroll?.(ratio);
    };
    scroller.addEventListener('scroll', onScrollerScroll, { passive: true });

    return () => {
      media.removeEventListener('change', onColorScheme);
      scroller.removeEventListener('scroll', onScrollerScroll);
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    // Our own onChange coming back as the new value: nothing to do, and no second serialisation.
    if (!view || value === lastEmitted.current) return;
    const current = view.state.doc.toString();
    lastEmitted.current = value;
    if (current === value) return;
    view.dispatch({ changes: minimalChange(current, value), annotations: fromProps.of(true) });
  }, [value]);

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: labelCompartment.current.reconfigure(EditorView.contentAttributes.of({ 'aria-label': ariaLabel })),
    });
  }, [ariaLabel]);

  useEffect(() => {
    const scroller = viewRef.current?.scrollDOM;
    if (!scroller || scrollRatio === null || scrollRatio === undefined) return;
    const range = scroller.scrollHeight - scroller.clientHeight;
    if (range <= 0) return;
    const target = Math.round(Math.min(1, Math.max(0, scrollRatio)) * range);
    if (Math.abs(scroller.scrollTop - target) < 2) return;
    scroller.scrollTop = target;
    syncedScroll.current = { ratio: scrollRatioOf(scroller), at: performance.now() };
  }, [scrollRatio]);

  return (
    <div
      ref={hostRef}
      data-testid="markdown-code-editor"
      className={`h-full min-h-64 overflow-hidden rounded-lg border border-stone-300 bg-white shadow-sm focus-within:border-amber-500 focus-within:ring-2 focus-within:ring-amber-500/40 dark:border-stone-700 dark:bg-stone-900 ${className ?? ''}`}
    />
  );
}
