import { readMarkdown } from './markdown/read-markdown';
import type { MarkdownBlock } from './markdown/types';

// A word: letters or digits, joined by an inner apostrophe or hyphen (`don't`, `e-mail`) or a digit separator (`3.5`, `10,000`).
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

// The editor shows the count twice per keystroke (header and stats): one lex of the body serves both.
let last = { markdown: '', words: 0 };

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The one word count of the app (editor, generation view, SEO panel, drafts list). Words of the text the preview shows:
 * code blocks (fenced or indented, at any depth), URLs, image alt text, HTML and reference definitions hold none.
 */
export function countWords(markdown: string): number {
  if (markdown !== last.markdown) last = { markdown, words: countBlockWords(readMarkdown(markdown).blocks) };
  return last.words;
}

export function countBlockWords(blocks: readonly MarkdownBlock[]): number {
  let count = 0;
  for (const block of blocks) count += wordsOf(block.text).length;
  return count;
}
