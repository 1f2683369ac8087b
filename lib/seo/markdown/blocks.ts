import { type InlineSink, scanInline } from './inline';
import type { BlockKind, MarkdownBlock, ScannedMarkdown } from './types';

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE_MARKER = /^ {0,3}>[ \t]?/;
const LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

type OpenLeaf = { kind: Exclude<BlockKind, 'heading' | 'code'>; lines: string[] };
type Fence = { char: string; length: number };

/**
 * Splits a Markdown body into blocks in one pass over its lines: ATX and setext headings, paragraphs, list items,
 * block quotes, GFM tables and fenced code. Not followed, as the model does not write them: indented code
 * (read as paragraphs), reference-style links and HTML blocks (their tags are dropped, their text kept).
 */
export function scanMarkdown(content: string): ScannedMarkdown {
  const scanner = new BlockScanner();
  for (const line of content.split('\n')) scanner.push(line.endsWith('\r') ? line.slice(0, -1) : line);
  return scanner.finish();
}

class BlockScanner {
  private readonly blocks: MarkdownBlock[] = [];
  private readonly sink: InlineSink = { links: [], images: 0 };
  private leaf: OpenLeaf | null = null;
  private fence: Fence | null = null;

  push(line: string): void {
    if (this.fence) {
      if (closesFence(line, this.fence)) this.fence = null;
    } else if (line.trim() === '') {
      this.closeLeaf();
    } else if (!this.startsBlock(line) && !this.continuesLeaf(line)) {
      this.open('paragraph', line);
    }
  }

  finish(): ScannedMarkdown {
    this.closeLeaf();
    return { blocks: this.blocks, links: this.sink.links, images: this.sink.images };
  }

  private startsBlock(line: string): boolean {
    const fenceOpen = FENCE_OPEN.exec(line);
    const marker = fenceOpen?.[1];
    if (marker && !(marker.startsWith('`') && fenceOpen[2]?.includes('`'))) {
      this.closeLeaf();
      this.fence = { char: marker.charAt(0), length: marker.length };
      this.blocks.push({ kind: 'code', level: 0, text: '' });
      return true;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      this.closeLeaf();
      this.addHeading(heading[1]?.length ?? 1, heading[2] ?? '');
      return true;
    }
    const leaf = this.leaf;
    if (leaf?.kind === 'paragraph') {
      if (leaf.lines.length === 1 && leaf.lines[0]?.includes('|') && line.includes('|') && TABLE_DELIMITER.test(line)) {
        leaf.kind = 'table';
        return true;
      }
      const underline = SETEXT_UNDERLINE.exec(line);
      if (underline) {
        this.leaf = null;
        this.addHeading(underline[1]?.startsWith('=') ? 1 : 2, leaf.lines.join(' '));
        return true;
      }
    }
    if (THEMATIC_BREAK.test(line)) {
      this.closeLeaf();
      return true;
    }
    const quote = QUOTE_MARKER.exec(line);
    if (quote) {
      const text = line.slice(quote[0].length);
      if (leaf?.kind === 'quote') leaf.lines.push(text);
      else this.open('quote', text);
      return true;
    }
    const item = LIST_MARKER.exec(line);
    if (item) this.open('list-item', line.slice(item[0].length));
    return item !== null;
  }

  // Lazy continuation: a plain line goes on the open paragraph, list item or quote; a table ends at a line without `|`.
  private continuesLeaf(line: string): boolean {
    if (!this.leaf || (this.leaf.kind === 'table' && !line.includes('|'))) return false;
    this.leaf.lines.push(line);
    return true;
  }

  private open(kind: OpenLeaf['kind'], line: string): void {
    this.closeLeaf();
    this.leaf = { kind, lines: [line] };
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.blocks.push({
      kind: leaf.kind,
      level: 0,
      text: collapseSpaces(scanInline(leaf.lines.join('\n'), this.sink, leaf.kind === 'table')),
    });
    this.leaf = null;
  }

  private addHeading(level: number, source: string): void {
    this.blocks.push({ kind: 'heading', level, text: collapseSpaces(scanInline(source, this.sink)) });
  }
}

function collapseSpaces(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

function closesFence(line: string, fence: Fence): boolean {
  const trimmed = line.trim();
  if (trimmed.length < fence.length || line.length - line.trimStart().length > 3) return false;
  for (const char of trimmed) if (char !== fence.char) return false;
  return true;
}
