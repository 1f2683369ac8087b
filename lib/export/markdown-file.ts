import type { Draft } from '@/lib/drafts/draft';
import type { ExportFormat } from './format';
import { frontMatterBlock } from './front-matter-yaml';
import { exportFolder } from './layout';
import { postFacts } from './post-facts';
import { presetBody, presetFields, presetFilename } from './presets';
import { provenanceFields } from './provenance';
import { escapeRawHtml, type RawHtmlMode } from './raw-html';

export type RenderMarkdownOptions = {
  format: ExportFormat;
  /** Adds `model`, `generated_at`, `written_by`, `approved_at` and `approved_by`; on unless set to false. */
  provenance?: boolean;
  /** People's names by User id (lib/accounts peopleNames), for `written_by` and `approved_by`. */
  names?: ReadonlyMap<string, string>;
  /** Overrides when the draft was approved (default: the draft's own approvedAt); left out when absent. */
  approvedAt?: string | Date | null;
  /** Stands in for a draft timestamp that is missing or unreadable; defaults to the current time. */
  now?: Date;
  /** HTML in the body is escaped unless `keep`: the preview never runs it, and an export should not either. */
  rawHtml?: RawHtmlMode;
};

/**
 * One file of an export; `folder` is where it goes in the generator's site (used by `buildZip` with a format) and
 * `modifiedAt` (ISO 8601) the date its zip entry carries: when the draft last changed.
 */
export type ExportedFile = { filename: string; content: string; folder?: string; modifiedAt?: string };

function markdownBody(content: string): string {
  return content.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
}

/** One draft as a Markdown file: YAML front matter for `format`, a blank line, then the body. */
export function renderMarkdownFile(
  draft: Draft,
  { format, provenance = true, approvedAt, names, now = new Date(), rawHtml = 'escape' }: RenderMarkdownOptions,
): ExportedFile {
  const approved = approvedAt === undefined ? draft.approvedAt : approvedAt;
  const facts = postFacts(draft, now, approved);
  const source = markdownBody(draft.content.replace(/\r\n?/g, '\n'));
  const safe = rawHtml === 'keep' ? source : escapeRawHtml(source);
  const preset = presetFields(format, facts, source);
  const people = {
    writtenBy: draft.createdById ? names?.get(draft.createdById) : undefined,
    approvedBy: draft.approvedById ? names?.get(draft.approvedById) : undefined,
  };
  const fields = provenance ? { ...preset, ...provenanceFields(draft, approved, people) } : preset;
  const frontMatter = frontMatterBlock(fields);
  const body = presetBody(format, safe);
  return {
    filename: presetFilename(format, facts),
    content: body === '' ? frontMatter : `${frontMatter}\n${body}\n`,
    folder: exportFolder(format, facts.isPublished),
    modifiedAt: draft.updatedAt,
  };
}
