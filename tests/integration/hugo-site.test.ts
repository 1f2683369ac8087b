import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { makeDraft } from '../unit/export/draft-fixture';
import { approved, builtSite, runGenerator, unpackZip } from './site-build';

// A real Hugo build of an export zip: Debian's `hugo` (0.111), which .ci/run installs when it is missing.
const HUGO_MISSING =
  'The `hugo` command is not on PATH. This test builds a real Hugo site from an export zip: install Debian’s package with `apt-get install -y hugo` (.ci/run does so when it is missing).';

const SITE_CONFIG = `baseURL = 'https://example.org/'
title = 'Postsmith export check'
languageCode = 'en'

[taxonomies]
tag = 'tags'
category = 'categories'
`;

// No theme: just enough layout for every page kind to print its title.
const LAYOUTS: Record<string, string> = {
  'baseof.html':
    '<!DOCTYPE html>\n<html><head><title>{{ .Title }}</title>{{ with .Keywords }}<meta name="keywords" content="{{ delimit . ", " }}">{{ end }}</head>\n<body>{{ block "main" . }}{{ end }}</body></html>\n',
  'single.html': '{{ define "main" }}<h1>{{ .Title }}</h1>\n<article>{{ .Content }}</article>{{ end }}\n',
  'list.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}\n',
  'taxonomy.html': '{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}\n',
  'term.html': '{{ define "main" }}<h1>{{ .Title }}</h1>\n<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul>{{ end }}\n',
};

const DJANGO = approved({
  title: 'Django vs. Flask: Which "Wins"?',
  slug: 'django-vs-flask',
  tags: ['Python', 'Web Dev'],
  categories: ['Software Development', 'Internet of Things (IoT)'],
});
const FRENCH = approved({
  title: "C'est l'été ☀️ 🚀 — 5 tips",
  slug: 'cest-lete',
  tags: ['Python', 'yes'],
  categories: ['Virtual Reality (VR) and Augmented Reality (AR)'],
});
const HASH = approved({
  title: '# Not a comment: <tags> & C++',
  slug: 'not-a-comment',
  tags: ['C++', '123'],
  categories: ['E-commerce and Online Business'],
});
// No slug: Hugo then takes the URL from the file name the export chose.
const YES = approved({ title: 'yes', slug: '', tags: [], categories: ['Software Development'] });
const IN_REVIEW = makeDraft({
  status: 'review',
  title: 'Unpublished: still in review',
  slug: 'still-in-review',
  tags: ['Python', 'secret-tag'],
  categories: ['Software Development', 'Gaming'],
});

// What Go's html/template writes for these characters in text and <title>.
const GO_HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;', '+': '&#43;' };
const escapeLikeHugo = (text: string) => text.replace(/[&<>"'+]/g, (char) => GO_HTML_ESCAPES[char] ?? char);

function buildSite(site: string): void {
  writeFileSync(path.join(site, 'hugo.toml'), SITE_CONFIG);
  const layouts = path.join(site, 'layouts', '_default');
  mkdirSync(layouts, { recursive: true });
  for (const [name, template] of Object.entries(LAYOUTS)) writeFileSync(path.join(layouts, name), template);
  // The zip is laid out as a Hugo site: unpacked at the site's root, its posts land in content/posts/.
  const files = [DJANGO, IN_REVIEW, FRENCH, HASH, YES].map((draft) => renderMarkdownFile(draft, { format: 'hugo' }));
  const entries = unpackZip(site, buildZip(files, { format: 'hugo' }));
  expect(entries.filter((name) => !name.startsWith('content/posts/'))).toStrictEqual(['README.txt']);

  const env: NodeJS.ProcessEnv = { ...process.env, HUGO_CACHEDIR: path.join(site, '.cache') };
  // Other HUGO_* variables (HUGO_BUILDDRAFTS…) would change what is built; spawn leaves undefined ones out.
  for (const key of Object.keys(env)) if (key.startsWith('HUGO_') && key !== 'HUGO_CACHEDIR') env[key] = undefined;
  const args = ['--source', site, '--destination', path.join(site, 'public'), '--noBuildLock', '--panicOnWarning'];
  runGenerator('hugo', args, { timeout: 30_000, env, missing: HUGO_MISSING });
}

const site = builtSite('postsmith-hugo-', buildSite);
const publicDir = () => path.join(site(), 'public');
const readPage = (urlPath: string) => readFileSync(path.join(publicDir(), urlPath, 'index.html'), 'utf8');

function expectTitled(urlPath: string, title: string): string {
  const html = readPage(urlPath);
  expect(html).toContain(`<title>${escapeLikeHugo(title)}</title>`);
  expect(html).toContain(`<h1>${escapeLikeHugo(title)}</h1>`);
  return html;
}

function listedTitles(urlPath: string): string[] {
  return [...readPage(urlPath).matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1] ?? '').sort();
}

describe('a Hugo site built from a Hugo export zip', () => {
  it('has a page for each approved post, under its slug, with its exact title and body', () => {
    for (const [urlPath, draft] of [
      ['posts/django-vs-flask', DJANGO],
      ['posts/cest-lete', FRENCH],
      ['posts/not-a-comment', HASH],
      ['posts/yes', YES],
    ] as const) {
      const html = expectTitled(urlPath, draft.title);
      expect(html).toContain('<h2 id="intro">Intro</h2>');
      expect(html).toContain('<p>Body of the post.</p>');
    }
  });

  it('gives each post its focus keywords as .Keywords', () => {
    expect(readPage('posts/django-vs-flask')).toContain('<meta name="keywords" content="django, flask">');
  });

  it('builds no page for the post that is not approved, and nothing else under posts/', () => {
    expect(existsSync(path.join(publicDir(), 'posts', 'still-in-review'))).toBe(false);
    const entries = readdirSync(path.join(publicDir(), 'posts')).sort();
    expect(entries).toStrictEqual(['cest-lete', 'django-vs-flask', 'index.html', 'index.xml', 'not-a-comment', 'yes']);
  });

  it('has a page for each tag with its spelling as title, listing only approved posts', () => {
    expectTitled('tags', 'Tags');
    expectTitled('tags/python', 'Python');
    expectTitled('tags/web-dev', 'Web Dev');
    expectTitled('tags/yes', 'yes');
    expectTitled('tags/123', '123');
    // Hugo's urlize keeps `+` in the path.
    expectTitled('tags/c++', 'C++');
    expect(listedTitles('tags/python')).toStrictEqual([escapeLikeHugo(FRENCH.title), escapeLikeHugo(DJANGO.title)].sort());
    expect(existsSync(path.join(publicDir(), 'tags', 'secret-tag'))).toBe(false);
  });

  it('has a page for each category under its urlized name (lowercase, dashes, no parentheses)', () => {
    expectTitled('categories', 'Categories');
    expectTitled('categories/software-development', 'Software Development');
    expectTitled('categories/internet-of-things-iot', 'Internet of Things (IoT)');
    expectTitled('categories/virtual-reality-vr-and-augmented-reality-ar', 'Virtual Reality (VR) and Augmented Reality (AR)');
    expectTitled('categories/e-commerce-and-online-business', 'E-commerce and Online Business');
    expect(listedTitles('categories/software-development')).toStrictEqual([escapeLikeHugo(DJANGO.title), 'yes'].sort());
    expect(readdirSync(path.join(publicDir(), 'categories')).sort()).toStrictEqual([
      'e-commerce-and-online-business',
      'index.html',
      'index.xml',
      'internet-of-things-iot',
      'software-development',
      'virtual-reality-vr-and-augmented-reality-ar',
    ]);
  });
});
