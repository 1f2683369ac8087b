import { mapProse } from './markdown-prose';

/** What an export does with HTML written in a post's Markdown: escape it (the default) or keep it live. */
export const RAW_HTML_MODES = ['escape', 'keep'] as const;
export type RawHtmlMode = (typeof RAW_HTML_MODES)[number];

// `<` opening a tag, a comment, a declaration or a processing instruction: CommonMark's raw HTML and HTML blocks.
const TAG_START = /<(?=[A-Za-z/!?])/g;
// Autolinks are Markdown, not HTML: `<https://example.org>` stays a link.
const SAFE_AUTOLINK = /<(?:https?|mailto):[^\s<>]*>/iy;
const DANGEROUS_SCHEME = /^(?:javascript|vbscript|data|file):/i;
// An inline link's destination, one level of parentheses allowed, or a reference definition's.
const INLINE_DESTINATION = /(\]\(\s*)(<[^>\n]*>|(?:[^\s()]|\([^\s()]*\))+)/g;
const REFERENCE_DESTINATION = /^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)/gm;
const NAMED_ENTITIES: Record<string, string> = { colon: ':', tab: '', newline: '' };

// Markdown decodes entities and backslash escapes in a destination, and browsers drop blanks in a scheme.
function decodedDestination(destination: string): string {
  return destination
    .replace(/^<|>$/g, '')
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#(\d+);?/g, (_m, decimal: string) => String.fromCodePoint(Number.parseInt(decimal, 10) % 0x110000))
    .replace(/&([a-z]+);/gi, (entity, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? entity)
    .replace(/[\\\s\p{Cc}]/gu, '');
}

const neutralise = (_match: string, lead: string, destination: string) =>
  DANGEROUS_SCHEME.test(decodedDestination(destination)) ? `${lead}#` : `${lead}${destination}`;

function escapeProse(prose: string): string {
  const linksChecked = prose.replace(INLINE_DESTINATION, neutralise).replace(REFERENCE_DESTINATION, neutralise);
  return linksChecked.replace(TAG_START, (lt, offset: number) => {
    SAFE_AUTOLINK.lastIndex = offset;
    return SAFE_AUTOLINK.test(linksChecked) ? lt : '&lt;';
  });
}

/**
 * The body with raw HTML shown as text (`<script>` becomes `&lt;script>`) and `javascript:`-like link targets
 * replaced by `#`, so a generator that renders HTML (Jekyll's kramdown, Astro's remark) publishes nothing live.
 * Code blocks and code spans are left alone: generators escape those themselves.
 */
export function escapeRawHtml(body: string): string {
  return mapProse(body, escapeProse);
}
