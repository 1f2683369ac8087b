import { describe, expect, it } from 'vitest';
import { scoreDraft } from '@/lib/seo';
import { type CheckCase, expectCheck, paragraph, perfectDraft, words } from './drafts';

// The perfect draft's keywords are "garden planning, raised beds": the first is the main one.
describe('keyword-in-title', () => {
  it.each<CheckCase>([
    { name: 'main keyword', input: {}, status: 'pass', message: 'The title has "garden planning"' },
    {
      name: 'any case and punctuation',
      input: { title: 'GARDEN-PLANNING: Tips for Beginners and Busy Families' },
      status: 'pass',
      message: 'has "garden planning"',
    },
    {
      name: 'only the other keyword',
      input: { title: 'Raised Beds for Beginners: A Simple Season Guide' },
      status: 'warn',
      message: 'has "raised beds" but not the main keyword "garden planning"',
    },
    {
      name: 'no keyword',
      input: { title: 'Vegetable Patches for Beginners: A Simple Season Guide' },
      status: 'fail',
      message: 'Add "garden planning" to the title',
    },
    {
      name: 'words apart',
      input: { title: 'Garden Tips and Planning for Beginners: A Simple Guide' },
      status: 'fail',
      message: 'Add "garden planning"',
    },
  ])('$name → $status', (testCase) => expectCheck('keyword-in-title', testCase));
});

describe('keyword-in-meta-description', () => {
  it.each<CheckCase>([
    { name: 'main keyword', input: {}, status: 'pass', message: 'The meta description has "garden planning"' },
    {
      name: 'only the other keyword',
      input: { metaDescription: 'Raised beds made simple.' },
      status: 'warn',
      message: 'has "raised beds" but not',
    },
    {
      name: 'no keyword',
      input: { metaDescription: 'Pick beds, improve the soil and water less.' },
      status: 'fail',
      message: 'Add "garden planning" to the meta description',
    },
    { name: 'empty', input: { metaDescription: '' }, status: 'fail', message: 'The meta description is empty' },
  ])('$name → $status', (testCase) => expectCheck('keyword-in-meta-description', testCase));
});

describe('keyword-in-slug', () => {
  it.each<CheckCase>([
    { name: 'main keyword', input: {}, status: 'pass', message: 'The slug has "garden planning"' },
    { name: 'only the other keyword', input: { slug: 'raised-beds-guide' }, status: 'warn', message: 'has "raised beds" but not' },
    { name: 'no keyword', input: { slug: 'beginners-guide' }, status: 'fail', message: 'Add "garden planning" to the slug' },
    { name: 'empty', input: { slug: '' }, status: 'fail', message: 'The slug is empty' },
  ])('$name → $status', (testCase) => expectCheck('keyword-in-slug', testCase));
});

describe('keyword-in-first-paragraph', () => {
  const rest = `\n\n## Garden Planning Basics\n\nGarden planning comes next. ${paragraph(3, 0)}`;
  it.each<CheckCase>([
    { name: 'main keyword', input: {}, status: 'pass', message: 'The first paragraph has "garden planning"' },
    {
      name: 'after a heading',
      input: { content: `## Start\n\nGood garden planning first.${rest}` },
      status: 'pass',
      message: 'has "garden planning"',
    },
    {
      name: 'only the other keyword',
      input: { content: `Raised beds first.${rest}` },
      status: 'warn',
      message: 'has "raised beds" but not',
    },
    {
      name: 'only later',
      input: { content: `${paragraph(2, 0)}${rest}` },
      status: 'fail',
      message: 'Add "garden planning" to the first paragraph',
    },
    {
      name: 'a list is not a paragraph',
      input: { content: `- Garden planning first.\n\n${paragraph(2, 0)}${rest}` },
      status: 'fail',
      message: 'Add "garden planning"',
    },
    { name: 'no paragraph', input: { content: '## Garden Planning' }, status: 'fail', message: 'The first paragraph is empty' },
  ])('$name → $status', (testCase) => expectCheck('keyword-in-first-paragraph', testCase));
});

describe('keyword-in-subheading', () => {
  const body = (headings: string) => `Garden planning intro.\n\n${headings}\n\n${paragraph(2, 0)}`;
  it.each<CheckCase>([
    { name: 'main keyword in an H2', input: {}, status: 'pass', message: 'An H2 has "garden planning"' },
    {
      name: 'only in an H3',
      input: { content: body('## Basics\n\ntext\n\n### Garden Planning Steps') },
      status: 'warn',
      message: 'Only an H3 or deeper has "garden planning"',
    },
    {
      name: 'other keyword in an H2',
      input: { content: body('## Raised Beds') },
      status: 'warn',
      message: 'An H2 has "raised beds" but none has the main keyword',
    },
    { name: 'in the H2s nowhere', input: { content: body('## Basics') }, status: 'fail', message: 'No H2 has "garden planning"' },
    { name: 'no H2 at all', input: { content: 'Garden planning intro, no headings.' }, status: 'fail', message: 'No H2 headings' },
  ])('$name → $status', (testCase) => expectCheck('keyword-in-subheading', testCase));
});

describe('keyword-density', () => {
  // `uses` times the two-word keyword in a body of exactly `total` words.
  const body = (uses: number, total: number) => `${'garden planning '.repeat(uses)}${words(total - 2 * uses)}`;
  it.each<CheckCase>([
    {
      name: '1%',
      input: { content: body(2, 200) },
      status: 'pass',
      message: '"garden planning" appears 2 times in 200 words (1%): within 0.5–2.5%',
    },
    { name: '0.5%', input: { content: body(1, 200) }, status: 'pass', message: '(0.5%)' },
    { name: '2.5%', input: { content: body(5, 200) }, status: 'pass', message: '(2.5%)' },
    { name: '0.3%', input: { content: body(3, 1000) }, status: 'warn', message: '(0.3%): use it a little more' },
    { name: '3%', input: { content: body(6, 200) }, status: 'warn', message: '(3%): a little heavy' },
    { name: '4%', input: { content: body(4, 100) }, status: 'warn', message: 'a little heavy' },
    { name: '5%', input: { content: body(5, 100) }, status: 'fail', message: 'keyword stuffing' },
    {
      name: 'never used',
      input: { content: words(300) },
      status: 'fail',
      message: 'appears 0 times in 300 words (0%): use it in the body',
    },
    {
      name: 'only in code',
      input: { content: `${words(100)}\n\n\`\`\`\ngarden planning\n\`\`\`` },
      status: 'fail',
      message: 'appears 0 times',
    },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('keyword-density', testCase));
});

describe('focus keywords', () => {
  const keywordIds = (keywords: string) =>
    scoreDraft(perfectDraft({ keywords }))
      .checks.filter((check) => check.group === 'keywords')
      .map((check) => check.id);

  it('leaves the keyword checks out when no keyword is given', () => {
    expect(keywordIds('')).toEqual([]);
    expect(keywordIds(' , ; ')).toEqual([]);
  });

  it('checks the first keyword as the main one', () => {
    const report = scoreDraft(perfectDraft({ keywords: 'raised beds, garden planning' }));
    expect(report.checks.find((check) => check.id === 'keyword-in-title')?.message).toContain(
      'has "garden planning" but not the main keyword "raised beds"',
    );
  });

  it('runs six checks when a keyword is given', () => {
    expect(keywordIds('garden planning')).toEqual([
      'keyword-in-title',
      'keyword-in-meta-description',
      'keyword-in-slug',
      'keyword-in-first-paragraph',
      'keyword-in-subheading',
      'keyword-density',
    ]);
  });
});
