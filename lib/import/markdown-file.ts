import { SLUG_PATTERN } from '@/lib/drafts/schemas';
import { slugify } from '@/lib/drafts/slug';
import { normaliseCategories, normaliseTags } from '@/lib/post-format/normalise';
import { type FrontMatterMapping, readFrontMatterMapping, splitFrontMatter } from './front-matter';
import { dateField, FrontMatterFieldError, listField, statusField, textField } from './front-matter-fields';
import { cleanBody, takeTitleHeading, titleFromFileName } from './markdown-body';
import { baseName, sourceLabel } from './source-name';
import type { ImportedDraft, ParsedMarkdown } from './types';

const MAX_SLUG_LENGTH = 120;

export type MarkdownSource = { sourceName: string; fileName: string };

function problem(sourceName: string, message: string): ParsedMarkdown {
  return { ok: false, problem: { sourceName, message } };
}

// A hand-written or foreign slug (`My Post`, `../x`) is made URL-safe; our own exports come back unchanged.
function cleanSlug(slug: string, title: string): string {
  if (SLUG_PATTERN.test(slug) && slug.length <= MAX_SLUG_LENGTH) return slug;
  return slugify(slug === '' ? title : slug);
}

function draftFrom(source: MarkdownSource, mapping: FrontMatterMapping, rawBody: string): ImportedDraft {
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

/** Reads one Markdown file whose name is already a label; `readImportUpload` uses it for archive entries. */
export function parseMarkdownSource(source: MarkdownSource, text: string): ParsedMarkdown {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (normalised.includes('\0')) {
    return problem(source.sourceName, 'Not imported: it holds binary data, not text. Upload Markdown (.md) files only.');
  }
  const split = splitFrontMatter(normalised);
  if (split.kind === 'toml') {
    return problem(
      source.sourceName,
      'Not imported: its front matter is TOML (+++). Convert it to YAML between --- lines and upload it again.',
    );
  }
  if (split.kind === 'unclosed') {
    return problem(
      source.sourceName,
      'Not imported: its front matter opens with --- but never closes. Add a --- line after the last field.',
    );
  }
  if (split.kind === 'none') return { ok: true, draft: draftFrom(source, {}, split.body) };

  const read = readFrontMatterMapping(split.yaml);
  if (!read.ok) {
    return problem(source.sourceName, `Not imported: ${read.reason}. Fix the lines between the two --- lines and upload it again.`);
  }
  try {
    return { ok: true, draft: draftFrom(source, read.mapping, split.body) };
  } catch (error) {
    if (!(error instanceof FrontMatterFieldError)) throw error;
    return problem(source.sourceName, `Not imported: in its front matter, ${error.message}. Fix that field and upload it again.`);
  }
}

/**
 * One Markdown file as a draft, reading the front matter of any export preset (Hugo, Jekyll, Astro, plain).
 * Without front matter the first `# heading`, or else the file name, becomes the title, and the file a draft.
 */
export function parseMarkdownFile(name: string, text: string): ParsedMarkdown {
  return parseMarkdownSource({ sourceName: sourceLabel(name), fileName: baseName(name) }, text);
}
