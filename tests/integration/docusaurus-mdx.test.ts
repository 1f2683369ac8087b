import { evaluate } from '@mdx-js/mdx';
import { strFromU8, unzipSync } from 'fflate';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Draft } from '@/lib/drafts/draft';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { CATEGORIES } from '@/lib/post-format';
import { makeDraft } from '../unit/export/draft-fixture';

// Docusaurus is too heavy to install for a test, so each exported file is compiled the way its MDX loader does
// (@docusaurus/mdx-loader): the front matter is split off, its `format` (md, mdx or detect; mdx by default) picks
// @mdx-js/mdx's parser, and GFM is on. The result is rendered to HTML with React, as the blog page would.

const approved = (overrides: Partial<Draft>) => makeDraft({ status: 'approved', ...overrides });

const TRICKY = approved({
  title: 'Generics in TypeScript: <T> and {braces} — ça marche',
  slug: 'generics',
  metaDescription: 'When <T> helps & when {} hurts.',
  categories: [...CATEGORIES],
  content: [
    'An introduction where 1 < 2 and {curly} text sit in prose.',
    '',
    '## Code',
    '',
    '```ts',
    'function id<T>(value: T): T { return value; }',
    '```',
    '',
    '| Type | Use |',
    '| --- | --- |',
    '| `Array<T>` | {lists} |',
    '',
    'Unsafe: <script>alert(1)</script>, <div onclick="x()">a div</div> and [a link](javascript:alert(1)).',
    '',
  ].join('\n'),
});
const IN_REVIEW = makeDraft({ status: 'review', title: 'Still in review', slug: 'still-in-review', metaDescription: '' });

type Compiled = { frontMatter: Record<string, unknown>; html: string };

async function compileLikeDocusaurus(file: string): Promise<Compiled> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(file);
  if (!match) throw new Error(`No front matter in:\n${file.slice(0, 200)}`);
  const frontMatter = parse(match[1] ?? '') as Record<string, unknown>;
  const format = frontMatter.format === 'md' ? 'md' : 'mdx';
  const { default: Content } = await evaluate(file.slice(match[0].length), { ...runtime, format, remarkPlugins: [remarkGfm] });
  return { frontMatter, html: renderToStaticMarkup(createElement(Content)) };
}

const files = [TRICKY, IN_REVIEW].map((draft) => renderMarkdownFile(draft, { format: 'docusaurus' }));
const entries = unzipSync(buildZip(files, { format: 'docusaurus' }));
const blogFiles = Object.entries(entries).filter(([name]) => name.startsWith('blog/'));

describe('a Docusaurus export, compiled as Docusaurus compiles it', () => {
  it('lays every post out in blog/, beside a README.txt', () => {
    expect(Object.keys(entries).sort()).toStrictEqual(['README.txt', ...blogFiles.map(([name]) => name)].sort());
    expect(blogFiles).toHaveLength(2);
  });

  it('compiles every file, with <, braces, code and tables shown as written', async () => {
    for (const [, bytes] of blogFiles) await expect(compileLikeDocusaurus(strFromU8(bytes))).resolves.toBeTruthy();
    const [, tricky] = blogFiles.find(([name]) => name.endsWith('generics.md')) ?? [];
    const { frontMatter, html } = await compileLikeDocusaurus(strFromU8(tricky ?? new Uint8Array()));
    expect(frontMatter).toMatchObject({ title: TRICKY.title, description: TRICKY.metaDescription, format: 'md', draft: false });
    expect(frontMatter.keywords).toEqual(['django', 'flask']);
    expect(html).toContain('1 &lt; 2 and {curly} text');
    expect(html).toContain('function id&lt;T&gt;(value: T): T { return value; }');
    expect(html).toMatch(/<td>\{lists\}<\/td>/);
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('would break as MDX, which is why each file says format: md', async () => {
    const [, tricky] = blogFiles.find(([name]) => name.endsWith('generics.md')) ?? [];
    const body = strFromU8(tricky ?? new Uint8Array()).replace(/^---\n[\s\S]*?\n---\n/, '');
    await expect(evaluate(body, { ...runtime, format: 'mdx', remarkPlugins: [remarkGfm] })).rejects.toThrow();
  });

  it('cuts the blog list summary after the introduction, and keeps the post in review a draft', async () => {
    const [, tricky] = blogFiles.find(([name]) => name.endsWith('generics.md')) ?? [];
    const text = strFromU8(tricky ?? new Uint8Array());
    expect(text).toContain('An introduction where 1 < 2 and {curly} text sit in prose.\n\n<!-- truncate -->\n\n## Code');
    const [, review] = blogFiles.find(([name]) => name.endsWith('still-in-review.md')) ?? [];
    expect((await compileLikeDocusaurus(strFromU8(review ?? new Uint8Array()))).frontMatter.draft).toBe(true);
  });
});
