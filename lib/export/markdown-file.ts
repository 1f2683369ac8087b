import type { Draft } from '@/lib/drafts/draft';
import type { ExportFormat } from './format';
import { frontMatterBlock } from './front-matter-yaml';
import { postFacts } from './post-facts';
import { presetFields, presetFilename } from './presets';
import { provenanceFields } from './provenance';

export type RenderMarkdownOptions = {
  format: ExportFormat;
  /** Adds `model`, `generated_at` and `approved_at`; on unless set to false. */
  provenance?: boolean;
  /** Overrides when the draft was approved (default: the draft's own approvedAt); left out when absent. */
  approvedAt?: string | Date | null;
  /** Stands in for a draft timestamp that is missing or unreadable; defaults to the current time. */
  now?: Date;
};

export type ExportedFile = { filename: string; content: string };

function markdownBody(content: string): string {
  return content.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/** One draft as a Markdown file: YAML front matter for `format`, a blank line, then the body. */
export function renderMarkdownFile(
  draft: Draft,
  { format, provenance = true, approvedAt, now = new Date() }: RenderMarkdownOptions,
): ExportedFile {
  const facts = postFacts(draft, now);
  const fields = provenance
    ? { ...presetFields(format, facts), ...provenanceFields(draft, approvedAt === undefined ? draft.approvedAt : approvedAt) }
    : presetFields(format, facts);
  const frontMatter = frontMatterBlock(fields);
  const body = markdownBody(draft.content);
  return {
    filename: presetFilename(format, facts),
    content: body === '' ? frontMatter : `${frontMatter}\n${body}\n`,
  };
}
