const LIQUID_RAW = /^\s*\{% raw %\}\n([\s\S]*)\n\{% endraw %\}\s*$/;
const LITERAL_TAG_START = "{% endraw %}{{ '{%' }}{% raw %}";
const TRUNCATE_LINE = /\n?\n<!-- truncate -->\n(?=\n|$)/;

/**
 * The body without the markup our own Jekyll and Docusaurus exports add (lib/export/liquid-raw.ts and the
 * `<!-- truncate -->` marker), so a post exported and imported again comes back as it was written.
 */
export function withoutExportMarkup(body: string): string {
  const raw = LIQUID_RAW.exec(body);
  const unwrapped = raw ? (raw[1] ?? '').replaceAll(LITERAL_TAG_START, '{%') : body;
  return unwrapped.replace(TRUNCATE_LINE, '\n');
}
