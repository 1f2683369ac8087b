import { safeFileStem } from './file-stem';
import type { ExportFormat } from './format';
import type { FrontMatter } from './front-matter-yaml';
import type { PostFacts } from './post-facts';

type Preset = {
  fields: (facts: PostFacts) => FrontMatter;
  filename: (facts: PostFacts, stem: string) => string;
};

const slugFilename = (_facts: PostFacts, stem: string) => `${stem}.md`;

/** What each static-site generator expects in front matter and in a post's file name. */
const PRESETS: Record<ExportFormat, Preset> = {
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
    }),
    filename: slugFilename,
  },
  jekyll: {
    fields: (facts) => ({
      layout: 'post',
      title: facts.title,
      description: facts.description,
      slug: facts.slug,
      date: facts.createdAt,
      last_modified_at: facts.updatedAt,
      published: facts.isPublished,
      tags: facts.tags,
      categories: facts.categories,
    }),
    // Jekyll only picks up posts named YYYY-MM-DD-title.md.
    filename: (facts, stem) => `${facts.createdAt.toISOString().slice(0, 10)}-${stem}.md`,
  },
  astro: {
    fields: (facts) => ({
      title: facts.title,
      description: facts.description,
      pubDate: facts.createdAt,
      updatedDate: facts.updatedAt,
      slug: facts.slug,
      tags: facts.tags,
      categories: facts.categories,
      draft: !facts.isPublished,
    }),
    filename: slugFilename,
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

export function presetFields(format: ExportFormat, facts: PostFacts): FrontMatter {
  return PRESETS[format].fields(facts);
}

export function presetFilename(format: ExportFormat, facts: PostFacts): string {
  return PRESETS[format].filename(facts, safeFileStem(facts.slug ?? facts.title));
}
