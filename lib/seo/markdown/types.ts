export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table' | 'code';

/** One block of the body; `text` is its visible text with the Markdown syntax removed ('' for code). */
export type MarkdownBlock = { kind: BlockKind; level: number; text: string };

/**
 * A link as written: `[text](url)`, `<scheme:…>` or a bare `https://…` / `www.…` (GFM renders those too).
 * `wellFormed` is false for a `[text](…)` whose destination a Markdown renderer would not accept.
 */
export type MarkdownLink = { text: string; url: string; wellFormed: boolean };

export type ScannedMarkdown = { blocks: MarkdownBlock[]; links: MarkdownLink[]; images: number };
