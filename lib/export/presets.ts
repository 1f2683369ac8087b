import { safeFileStem } from './file-stem';
import type { ExportFormat } from './format';
import type { FrontMatter } from './front-matter-yaml';
import { insertAfterIntroduction, introductionText } from './introduction';
import { wrapInLiquidRaw } from './liquid-raw';
import { type PostFacts, updatedAfterPublishing } from './post-facts';

type Preset = {
  fields: (facts: PostFacts, body: string) => FrontMatter;
  filename: (facts: PostFacts, stem: string) => string;
  /** The Markdown body as the generator must read it. */
  body?: (body: string) => string;
};

const slugFilename = (_facts: PostFacts, stem: string) => `${stem}.md`;
const datedFilename = (facts: PostFacts, stem: string) => `${facts.createdAt.toISOString().slice(0, 10)}-${stem}.md`;
const keywordsOf = (facts: PostFacts) => (facts.keywords.length > 0 ? facts.keywords : undefined);

/** What each static-site generator expects in front matter, in a post's file name and in its body. */
const PRESETS: Record<ExportFormat, Preset> = {
  // https://gohugo.io/content-management/front-matter/#fields: `keywords` (string array) feeds .Keywords.
  hugo: {
    fields: (facts) => ({
      title: facts.title,
      description: facts.description,
      slug: facts.slug,
      date: facts.createdAt,
      lastmod: facts.updatedAt,
      draft: !facts.isPublished,
      tags: facts.tags,
      categories: facts.categories,
      keywords: keywordsOf(facts),
    }),
    filename: slugFilename,
  },
  jekyll: {
    fields: (facts) => ({
      layout: 'post',
      title: facts.title,
      description: facts.description,
      slug: facts.slug,
      // The default permalink, /:categories/:year/:month/:day/:title:output_ext, puts every category in the URL
      // (https://jekyllrb.com/docs/permalinks/); `:title` is the post's slug, or its file name without the date.
      permalink: '/:title/',
      date: facts.createdAt,
      last_modified_at: facts.updatedAt,
      published: facts.isPublished,
      tags: facts.tags,
      categories: facts.categories,
    }),
    // Jekyll only picks up posts named YYYY-MM-DD-title.md (https://jekyllrb.com/docs/posts/).
    filename: datedFilename,
    body: wrapInLiquidRaw,
  },
  // The blog starter's content collection (src/content.config.ts): title and description required strings, pubDate,
  // updatedDate and heroImage optional; other keys are dropped by its z.object schema. It never reads `draft`, so
  // posts that are not approved go outside the collection in a zip (layout.ts).
  astro: {
    fields: (facts, body) => ({
      title: facts.title,
      description: facts.description ?? introductionText(body) ?? facts.title,
      pubDate: facts.createdAt,
      // The starter shows "Last updated on" whenever updatedDate is set.
      updatedDate: updatedAfterPublishing(facts),
      slug: facts.slug,
      tags: facts.tags,
      categories: facts.categories,
      draft: !facts.isPublished,
    }),
    filename: slugFilename,
  },
  // https://docusaurus.io/docs/api/plugins/@docusaurus/plugin-content-blog#markdown-front-matter: `keywords` for the
  // meta tag, `draft` posts are left out of production builds; `format: md` (https://docusaurus.io/docs/markdown-features#mdx-vs-commonmark)
  // reads the file as CommonMark, since as MDX (the default, even for .md) a `<` or `{` in prose breaks the build.
  docusaurus: {
    fields: (facts) => ({
      title: facts.title,
      description: facts.description,
      slug: facts.slug,
      date: facts.createdAt,
      tags: facts.tags,
      categories: facts.categories,
      keywords: keywordsOf(facts),
      draft: !facts.isPublished,
      format: 'md',
    }),
    filename: datedFilename,
    // The summary on the blog list ends at this marker (https://docusaurus.io/docs/blog#blog-list).
    body: (body) => insertAfterIntroduction(body, '<!-- truncate -->'),
  },
  plain: {
    fields: (facts) => ({
      title: facts.title,
      description: facts.description,
      slug: facts.slug,
      date: facts.createdAt,
      updated: facts.updatedAt,
      tags: facts.tags,
      categories: facts.categories,
      status: facts.status,
    }),
    filename: slugFilename,
  },
};

export function presetFields(format: ExportFormat, facts: PostFacts, body: string): FrontMatter {
  return PRESETS[format].fields(facts, body);
}

export function presetFilename(format: ExportFormat, facts: PostFacts): string {
  return PRESETS[format].filename(facts, safeFileStem(facts.slug ?? facts.title));
}

export function presetBody(format: ExportFormat, body: string): string {
  const transform = PRESETS[format].body;
  return transform === undefined || body === '' ? body : transform(body);
}
