import { Document, type ScalarTag } from 'yaml';

export type FrontMatterValue = string | boolean | Date | readonly string[];
/** Keys in output order; an undefined value leaves its key out. */
export type FrontMatter = Record<string, FrontMatterValue | undefined>;

// Dates are written as plain ISO 8601 (never quoted) so Hugo, Jekyll and Astro read them as timestamps.
// As a custom tag it bypasses the string quoting rules below, which would otherwise quote them.
const isoTimestamp: ScalarTag = {
  tag: 'tag:yaml.org,2002:timestamp',
  default: true,
  identify: (value) => value instanceof Date,
  resolve: (text) => text,
  stringify: ({ value }) => (value instanceof Date ? value.toISOString() : String(value)),
};

/** The front matter block, `---` lines included, each string readable back exactly by YAML 1.2 and 1.1 parsers. */
export function frontMatterBlock(fields: FrontMatter): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const document = new Document(present, {
    // Jekyll (Psych) and older Go parsers are YAML 1.1: `yes`, `on`, `1_000`, `2024-01-01` must stay strings there too.
    compat: 'yaml-1.1',
    customTags: [isoTimestamp],
    aliasDuplicateObjects: false,
  });
  const yaml = document.toString({ lineWidth: 0, blockQuote: false });
  return `---\n${yaml}---\n`;
}
