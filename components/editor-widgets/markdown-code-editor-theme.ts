import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

// Tailwind's stone/amber/sky/emerald/rose values, so the editor matches the rest of the studio.
const light = {
  background: '#ffffff',
  text: '#1c1917',
  muted: '#78716c',
  mark: '#b45309',
  link: '#0369a1',
  code: '#047857',
  quote: '#57534e',
  selection: '#fde68a',
  activeLine: '#fafaf9',
  cursor: '#b45309',
};

const dark = {
  background: '#1c1917',
  text: '#f5f5f4',
  muted: '#a8a29e',
  mark: '#fbbf24',
  link: '#7dd3fc',
  code: '#6ee7b7',
  quote: '#d6d3d1',
  selection: '#78350f',
  activeLine: '#292524',
  cursor: '#fbbf24',
};

type Palette = typeof light;

function editorTheme(palette: Palette, isDark: boolean): Extension {
  return EditorView.theme(
    {
      '&': {
        height: '100%',
        minHeight: 'inherit',
        backgroundColor: palette.background,
        color: palette.text,
        fontSize: '14px',
      },
      // The wrapper draws the focus ring, so CodeMirror's own dotted outline would double it.
      '&.cm-focused': { outline: 'none' },
      '.cm-scroller': {
        fontFamily: 'var(--font-mono)',
        lineHeight: '1.65',
        overflow: 'auto',
      },
      '.cm-content': { padding: '12px 0', caretColor: palette.cursor },
      '.cm-line': { padding: '0 16px' },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: palette.cursor, borderLeftWidth: '2px' },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
        backgroundColor: palette.selection,
      },
      '&.cm-focused .cm-activeLine': { backgroundColor: palette.activeLine },
      '.cm-activeLine': { backgroundColor: 'transparent' },
      '.cm-specialChar': { color: palette.mark },
    },
    { dark: isDark },
  );
}

function highlightStyle(palette: Palette, themeType: 'light' | 'dark'): HighlightStyle {
  return HighlightStyle.define(
    [
      { tag: tags.heading1, fontWeight: '700', fontSize: '1.25em' },
      { tag: tags.heading2, fontWeight: '700', fontSize: '1.15em' },
      { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
      { tag: tags.emphasis, fontStyle: 'italic' },
      { tag: tags.strong, fontWeight: '700' },
      { tag: tags.strikethrough, textDecoration: 'line-through' },
      { tag: tags.link, color: palette.link },
      { tag: tags.url, color: palette.link, textDecoration: 'underline' },
      { tag: tags.monospace, color: palette.code },
      { tag: tags.quote, color: palette.quote, fontStyle: 'italic' },
      { tag: [tags.processingInstruction, tags.contentSeparator, tags.labelName], color: palette.mark },
      { tag: [tags.comment, tags.meta], color: palette.muted },
      { tag: [tags.string, tags.character, tags.escape], color: palette.muted },
    ],
    { themeType },
  );
}

/** Both themes are always present: each highlight style only applies when the active theme matches its type. */
export const markdownHighlighting: Extension = [
  syntaxHighlighting(highlightStyle(light, 'light')),
  syntaxHighlighting(highlightStyle(dark, 'dark')),
];

export const lightEditorTheme = editorTheme(light, false);
export const darkEditorTheme = editorTheme(dark, true);
