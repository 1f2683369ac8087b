// Liquid's raw block ends at the first `{% endraw %}` (any spacing, `{%-` trim marks too), even one in the text.
const ENDRAW_START = /\{%(?=-?\s*endraw\s*-?%\})/g;
// Closes the block, prints `{%` from a string, and reopens it, so the rest (` endraw %}`) stays literal.
const LITERAL_TAG_START = "{% endraw %}{{ '{%' }}{% raw %}";

/**
 * The body inside one Liquid `{% raw %}` block: Jekyll runs Liquid over every post, so `{{ user.name }}` in prose
 * would vanish and `{% extends "base.html" %}` in a code block would fail the site's build. Liquid's `raw` tag
 * "temporarily disables tag processing" (https://shopify.github.io/liquid/tags/raw/); Jekyll's docs send code
 * samples with Liquid syntax through it (https://jekyllrb.com/docs/liquid/tags/).
 */
export function wrapInLiquidRaw(body: string): string {
  return `{% raw %}\n${body.replace(ENDRAW_START, LITERAL_TAG_START)}\n{% endraw %}`;
}
