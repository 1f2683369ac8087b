import type { ExportFormat } from './format';

type Layout = {
  /** Where a post goes in the site, and where one that is not published goes. */
  posts: string;
  unpublished: string;
  readme: string;
};

const PROVENANCE_NOTE = 'model, generated_at and approved_at record where each post came from; generators ignore them.';

/** Each generator's content folder, as its documentation lays out a site, and a README.txt saying so. */
const LAYOUTS: Record<ExportFormat, Layout> = {
  hugo: {
    posts: 'content/posts',
    unpublished: 'content/posts',
    readme: `Postsmith export for Hugo (https://gohugo.io/content-management/organization/).

Copy the content/ folder into your site's root: posts land in content/posts/ and are served under /posts/<slug>/.
Posts that are not approved say draft: true; hugo builds them only with --buildDrafts.
tags, categories and keywords are read by Hugo's default taxonomies and .Keywords.
${PROVENANCE_NOTE}
`,
  },
  jekyll: {
    posts: '_posts',
    unpublished: '_posts',
    readme: `Postsmith export for Jekyll (https://jekyllrb.com/docs/posts/).

Copy the _posts/ folder into your site's root. Files are named YYYY-MM-DD-slug.md as Jekyll requires.
Each post sets permalink: /:title/, so categories stay out of its URL, and wraps its body in {% raw %} ... {% endraw %},
so Liquid-like text ({{ x }}, {% tag %}) is shown as written.
Posts that are not approved say published: false; jekyll builds them only with --unpublished.
${PROVENANCE_NOTE}
`,
  },
  astro: {
    posts: 'src/content/blog',
    unpublished: 'drafts',
    readme: `Postsmith export for Astro's blog starter (npm create astro@latest -- --template blog).

Copy src/content/blog/ into your project: the starter's collection reads title, description, pubDate and updatedDate.
Posts that are not approved are in drafts/, outside the collection, because the starter publishes every file it finds
and ignores draft: true. Move one into src/content/blog/ once it is ready.
${PROVENANCE_NOTE}
`,
  },
  docusaurus: {
    posts: 'blog',
    unpublished: 'blog',
    readme: `Postsmith export for a Docusaurus blog (https://docusaurus.io/docs/blog).

Copy the blog/ folder into your site's root. Each post says format: md, so it is read as CommonMark rather than MDX,
and has a <!-- truncate --> marker after its introduction for the blog list.
Posts that are not approved say draft: true; Docusaurus shows them in development only.
${PROVENANCE_NOTE}
`,
  },
  plain: {
    posts: 'posts',
    unpublished: 'posts',
    readme: `Postsmith export, plain Markdown.

posts/ holds one Markdown file per post with YAML front matter: title, description, slug, date, updated, tags,
categories and status (draft, review or approved).
${PROVENANCE_NOTE}
`,
  },
};

export function exportFolder(format: ExportFormat, published: boolean): string {
  const layout = LAYOUTS[format];
  return published ? layout.posts : layout.unpublished;
}

export function exportReadme(format: ExportFormat): string {
  return LAYOUTS[format].readme;
}
