import { SLUG_PATTERN } from '@/lib/drafts/schemas';
import { slugify } from '@/lib/drafts/slug';
import { normaliseCategories, normaliseTags } from '@/lib/post-format/normalise';
import { withoutExportMarkup } from './export-markup';
import { type FrontMatterMapping, type FrontMatterSource, type ReadMapping, splitFrontMatter } from './front-matter';
import { dateField, FrontMatterFieldError, listField, statusField, textField } from './front-matter-fields';
import { readFrontMatterSource } from './front-matter-read.mjs';
import { cleanBody, takeTitleHeading, titleFromFileName } from './markdown-body';
import { baseName, sourceLabel } from './source-name';
import type { ImportedDraft, ImportProblem, ParsedMarkdown } from './types';

const MAX_SLUG_LENGTH = 120;

export type MarkdownSource = { sourceName: string; fileName: string };

function problem(sourceName: string, message: string): { ok: false; problem: ImportProblem } {
  return { ok: false, problem: { sourceName, message } };
}

// A hand-written or foreign slug (`My Post`, `../x`) is made URL-safe; our own exports come back unchanged.
function cleanSlug(slug: string, title: string): string {
  if (SLUG_PATTERN.test(slug) && slug.length <= MAX_SLUG_LENGTH) return slug;
  return slugify(slug === '' ? title : slug);
}

function draftFrom(source: MarkdownSource, mapping: FrontMatterMapping, fileBody: string): ImportedDraft {
  const rawBody = withoutExportMarkup(fileBody);
  const heading = takeTitleHeading(rawBody);
  const frontMatterTitle = textField(mapping, 'title');
  const title = frontMatterTitle || heading?.title || titleFromFileName(source.fileName);
  const body = frontMatterTitle === '' && heading ? heading.body : rawBody;
  const { categories, unknown } = normaliseCategories(listField(mapping, 'categories'));
  return {
    title,
    metaDescription: textField(mapping, 'description'),
    slug: cleanSlug(textField(mapping, 'slug'), title),
    tags: normaliseTags(listField(mapping, 'tags')),
    categories,
    unknownCategories: unknown,
    content: cleanBody(body),
    status: statusField(mapping),
    createdAt: dateField(mapping, ['date', 'pubDate']),
    topic: title,
    sourceName: source.sourceName,
  };
}

type Fence = '---' | '+++';
export const fenceOf = (frontMatter: FrontMatterSource): Fence => (frontMatter.language === 'toml' ? '+++' : '---');

/** What a file without front matter reads as. */
export const NO_FRONT_MATTER: ReadMapping = { ok: true, mapping: Object.freeze({}) };

/** A file's front matter still to be read (`undefined` when it has none) and its body, or why it cannot be imported. */
export type SplitMarkdown = { ok: true; frontMatter: FrontMatterSource | undefined; body: string } | { ok: false; problem: ImportProblem };

/** The checks that need no YAML or TOML parser: the front matter is read apart, off the request thread (`readImportUpload`). */
export function splitMarkdownSource(source: MarkdownSource, text: string): SplitMarkdown {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.includes('\0')) {
    return problem(source.sourceName, 'Not imported: it holds binary data, not text. Upload Markdown (.md) files only.');
  }
  const split = splitFrontMatter(normalised);
  if (split.kind === 'unclosed') {
    return problem(
      source.sourceName,
      `Not imported: its front matter opens with ${split.fence} but never closes. Add a ${split.fence} line after the last field.`,
    );
  }
  return { ok: true, frontMatter: split.kind === 'front-matter' ? split.frontMatter : undefined, body: split.body };
}

/** The draft from a split file once its front matter is read. */
export function draftFromFrontMatter(source: MarkdownSource, read: ReadMapping, body: string, fence: Fence = '---'): ParsedMarkdown {
  if (!read.ok) {
    return problem(source.sourceName, `Not imported: ${read.reason}. Fix the lines between the two ${fence} lines and upload it again.`);
  }
  try {
    return { ok: true, draft: draftFrom(source, read.mapping, body) };
  } catch (error) {
    if (!(error instanceof FrontMatterFieldError)) throw error;
    return problem(source.sourceName, `Not imported: in its front matter, ${error.message}. Fix that field and upload it again.`);
  }
}

/**
 * One Markdown file as a draft, reading the front matter of any export preset (Hugo, Jekyll, Astro, Docusaurus, plain) or Hugo's TOML.
 * Without front matter the first `# heading`, or else the file name, becomes the title, and the file a draft.
 */
export function parseMarkdownFile(name: string, text: string): ParsedMarkdown {
  const source = { sourceName: sourceLabel(name), fileName: baseName(name) };
  const split = splitMarkdownSource(source, text);
  if (!split.ok) return split;
  if (split.frontMatter === undefined) return draftFromFrontMatter(source, NO_FRONT_MATTER, split.body);
  return draftFromFrontMatter(source, readFrontMatterSource(split.frontMatter), split.body, fenceOf(split.frontMatter));
}
