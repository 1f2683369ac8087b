import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { makeDraft } from '../unit/export/draft-fixture';
import { approved, builtSite, runGenerator, unpackZip } from './site-build';

// A real Jekyll build of an export zip: Debian's `jekyll` (4.3), with kramdown and GFM as Jekyll 4 defaults.
const JEKYLL_MISSING =
  'The `jekyll` command is not on PATH. This test builds a real Jekyll site from an export zip: install Debian’s package with `apt-get install -y jekyll`.';

const SITE_CONFIG = `title: Postsmith export check
url: https://example.org
markdown: kramdown
`;

// No theme: just enough layout for each post to print its title and description.
const LAYOUTS: Record<string, string> = {
  'default.html':
    '<!DOCTYPE html>\n<html><head><title>{{ page.title | escape }}</title><meta name="description" content="{{ page.description | escape }}"></head>\n<body>{{ content }}</body></html>\n',
  'post.html': '---\nlayout: default\n---\n<h1>{{ page.title | escape }}</h1>\n<article>{{ content }}</article>\n',
};

const LIQUID_BODY = [
  '## Templates',
  '',
  'Hello {{ user.name }}, a {% comment %} tag {% endcomment %} and a stray {% endraw %} stay as written; 1 < 2 and {braces}.',
  '',
  '```django',
  '{% extends "base.html" %}',
  '{% block content %}{{ post.title }}{% endblock %}',
  '```',
  '',
  '| Framework | Templates |',
  '| --- | --- |',
  '| Django | {{ x }} |',
  '',
  'Unsafe: <script>alert(1)</script> and [a link](javascript:alert(1)).',
  '',
].join('\n');

const DJANGO = approved({
  title: 'Django vs. Flask: Which "Wins"?',
  slug: 'django-vs-flask',
  metaDescription: 'Templates & <tags> compared.',
  tags: ['Python', 'Web Dev'],
  categories: ['Software Development', 'Internet of Things (IoT)'],
  content: LIQUID_BODY,
});
const FRENCH = approved({
  title: "C'est l'été ☀️ 🚀 — 5 tips",
  slug: 'cest-lete',
  categories: ['Virtual Reality (VR) and Augmented Reality (AR)'],
});
// No slug: Jekyll then takes :title from the file name the export chose.
const YES = approved({ title: 'yes', slug: '', categories: ['E-commerce and Online Business'] });
const IN_REVIEW = makeDraft({ status: 'review', title: 'Unpublished: still in review', slug: 'still-in-review' });

// What Liquid's `escape` filter (CGI.escapeHTML) writes.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeLikeLiquid = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

let buildLog = '';

function buildSite(site: string): void {
  writeFileSync(path.join(site, '_config.yml'), SITE_CONFIG);
  mkdirSync(path.join(site, '_layouts'));
  for (const [name, template] of Object.entries(LAYOUTS)) writeFileSync(path.join(site, '_layouts', name), template);
  const files = [DJANGO, IN_REVIEW, FRENCH, YES].map((draft) => renderMarkdownFile(draft, { format: 'jekyll' }));
  const entries = unpackZip(site, buildZip(files, { format: 'jekyll' }));
  expect(entries.filter((name) => !name.startsWith('_posts/'))).toStrictEqual(['README.txt']);

  const args = ['build', '--source', site, '--destination', path.join(site, '_site'), '--strict_front_matter', '--disable-disk-cache'];
  buildLog = runGenerator('jekyll', args, { timeout: 60_000, env: { ...process.env, JEKYLL_ENV: 'production' }, missing: JEKYLL_MISSING });
}

const site = builtSite('postsmith-jekyll-', buildSite, 90_000);
const siteDir = () => path.join(site(), '_site');
const readPage = (urlPath: string) => readFileSync(path.join(siteDir(), urlPath, 'index.html'), 'utf8');

describe('a Jekyll site built from a Jekyll export zip', () => {
  it('builds without a Liquid error or warning', () => {
    expect(buildLog).not.toMatch(/Liquid (?:Exception|Warning)|Error:/);
  });

  it('has a page for each approved post at /<slug>/, categories kept out of the URL, with its exact title', () => {
    for (const [urlPath, draft] of [
      ['django-vs-flask', DJANGO],
      ['cest-lete', FRENCH],
      ['yes', YES],
    ] as const) {
      const html = readPage(urlPath);
      expect(html).toContain(`<title>${escapeLikeLiquid(draft.title)}</title>`);
      expect(html).toContain(`<h1>${escapeLikeLiquid(draft.title)}</h1>`);
      expect(html).toContain(`<meta name="description" content="${escapeLikeLiquid(draft.metaDescription)}">`);
    }
    expect(readPage('cest-lete')).toContain('<p>Body of the post.</p>');
    const top = readdirSync(siteDir()).sort();
    expect(top).toStrictEqual(['cest-lete', 'django-vs-flask', 'yes']);
  });

  it('builds no page for the post that is not approved', () => {
    expect(existsSync(path.join(siteDir(), 'still-in-review'))).toBe(false);
  });

  it('shows Liquid-like text as written, in prose, code and tables', () => {
    const html = readPage('django-vs-flask');
    expect(html).toContain(
      'Hello {{ user.name }}, a {% comment %} tag {% endcomment %} and a stray {% endraw %} stay as written; 1 &lt; 2 and {braces}.',
    );
    // Rouge wraps each token of the code block in a <span>.
    const codeText = html.replace(/<[^>]+>/g, '');
    expect(codeText).toContain('{% extends "base.html" %}');
    expect(codeText).toContain('{% block content %}{{ post.title }}{% endblock %}');
    expect(html).toMatch(/<td>\{\{ x \}\}<\/td>/);
  });

  it('publishes the raw HTML of the body as text, and no javascript: link', () => {
    const html = readPage('django-vs-flask');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
