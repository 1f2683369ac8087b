import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, readImportUpload } from '@/lib/import';
import { readTomlFrontMatter } from '@/lib/import/front-matter-toml.mjs';

// What `hugo new content posts/my-first-post.md` writes with Hugo's default archetype (TOML since Hugo 0.110,
// https://gohugo.io/getting-started/quick-start/#add-content), with tags and a description added by hand.
const HUGO_NEW_POST = `+++
title = 'My First Post: "Hugo" & TOML'
date = 2024-01-14T07:07:07+01:00
draft = true
description = 'Written by hugo new.'
slug = 'my-first-post'
tags = ['Hugo', 'Static Sites']
categories = ['Software Development']

[params]
author = 'John Smith'
+++

## Hello

Body with a +++ line below.

+++
`;

describe('TOML front matter (+++)', () => {
  it('imports a post written by `hugo new` with its title, date, tags and draft flag', () => {
    const parsed = parseMarkdownFile('content/posts/my-first-post.md', HUGO_NEW_POST);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.draft).toMatchObject({
      title: 'My First Post: "Hugo" & TOML',
      metaDescription: 'Written by hugo new.',
      slug: 'my-first-post',
      createdAt: '2024-01-14T06:07:07.000Z',
      tags: ['Hugo', 'Static Sites'],
      categories: ['Software Development'],
      status: 'draft',
      content: '## Hello\n\nBody with a +++ line below.\n\n+++\n',
    });
  });

  it('reads `draft = false` as approved and a local date as that day', () => {
    const parsed = parseMarkdownFile('p.md', "+++\ntitle = 'Out'\ndate = 2024-05-01\ndraft = false\n+++\nBody\n");
    expect(parsed.ok && parsed.draft).toMatchObject({ title: 'Out', status: 'approved', createdAt: '2024-05-01T00:00:00.000Z' });
  });

  it('is read in the import worker like YAML, in upload order', async () => {
    const result = await readImportUpload([
      { name: 'toml.md', bytes: strToU8(HUGO_NEW_POST) },
      { name: 'yaml.md', bytes: strToU8('---\ntitle: YAML\n---\nBody\n') },
      { name: 'bad.md', bytes: strToU8('+++\ntitle = [\n+++\n') },
    ]);
    expect(result.drafts.map((draft) => [draft.title, draft.status, draft.createdAt])).toStrictEqual([
      ['My First Post: "Hugo" & TOML', 'draft', '2024-01-14T06:07:07.000Z'],
      ['YAML', 'draft', null],
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^Not imported: its front matter is not valid TOML .*\+\+\+ lines/);
  });

  it('refuses hostile structures with the same caps as YAML', () => {
    const deepInline = `a = ${'['.repeat(100)}${']'.repeat(100)}`;
    expect(readTomlFrontMatter(deepInline)).toMatchObject({ ok: false });
    const deepHeaders = `[${Array.from({ length: 40 }, (_, i) => `k${i}`).join('.')}]\nx = 1`;
    expect(readTomlFrontMatter(deepHeaders)).toStrictEqual({
      ok: false,
      reason: 'its front matter nests lists and tables more than 32 levels deep',
    });
    const manyItems = `tags = [${Array.from({ length: 1_001 }, (_, i) => `'t${i}'`).join(', ')}]`;
    expect(readTomlFrontMatter(manyItems)).toStrictEqual({
      ok: false,
      reason: 'its front matter holds more than 1,000 fields and list items',
    });
    expect(readTomlFrontMatter("__proto__ = 'x'\ntitle = 'T'")).toStrictEqual({ ok: true, mapping: { title: 'T' } });
  });
});
