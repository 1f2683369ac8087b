import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { inlineText } from './inline-text';
import type { BlockKind, MarkdownBlock, MarkdownLink, ReadMarkdown } from './types';

// As lib/markdown-blocks lexes the preview's blocks.
const LEXER_OPTIONS = { gfm: true, pedantic: false };

type ProseKind = Extract<BlockKind, 'paragraph' | 'list-item' | 'quote'>;

/**
 * The body's blocks and links as marked reads them, the lexer the preview is split with: headings, paragraphs,
 * list items, quotes, tables and code (fenced or indented, at any depth). Reference definitions, HTML blocks
 * (the preview skips HTML) and rules hold no text.
 */
export function readMarkdown(content: string): ReadMarkdown {
  const blocks: MarkdownBlock[] = [];
  const links: MarkdownLink[] = [];
  const prose = (kind: ProseKind, tokens: readonly Token[]) =>
    blocks.push({ kind, level: 0, text: collapseSpaces(inlineText(tokens, links)) });
  const read = (tokens: readonly Token[], kind: ProseKind) => {
    // No marked extension is registered, so every token is one of marked's own.
    for (const token of tokens as readonly MarkedToken[]) {
      if (token.type === 'heading')
        blocks.push({ kind: 'heading', level: token.depth, text: collapseSpaces(inlineText(token.tokens, links)) });
      else if (token.type === 'paragraph') prose(kind, token.tokens);
      else if (token.type === 'text') prose(kind, token.tokens ?? [token]);
      else if (token.type === 'list') for (const item of token.items) read(item.tokens, 'list-item');
      else if (token.type === 'blockquote') read(token.tokens, 'quote');
      else if (token.type === 'table') blocks.push({ kind: 'table', level: 0, text: tableText(token, links) });
      else if (token.type === 'code') blocks.push({ kind: 'code', level: 0, text: '' });
    }
  };
  read(Lexer.lex(content, LEXER_OPTIONS), 'paragraph');
  return { blocks, links };
}

function tableText(table: Tokens.Table, links: MarkdownLink[]): string {
  const cells = [...table.header, ...table.rows.flat()];
  return collapseSpaces(cells.map((cell) => inlineText(cell.tokens, links)).join(' '));
}

function collapseSpaces(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
