export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table' | 'code';

/** One block of the body; `text` is its visible text with the Markdown syntax removed ('' for code). */
export type MarkdownBlock = { kind: BlockKind; level: number; text: string };

/**
 * A link as written: `[text](url)`, `[text][ref]`, `<scheme:…>` or a bare `https://…` / `www.…` (GFM renders those too).
 * `wellFormed` is false for a `[text](…)` the lexer left as text because of its destination (a space in it).
 */
export type MarkdownLink = { text: string; url: string; wellFormed: boolean };

export type ReadMarkdown = { blocks: MarkdownBlock[]; links: MarkdownLink[] };
