import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/draft';
import { CHECK_WEIGHTS, type SeoInput, type SeoReport, scoreDraft } from '@/lib/seo';
import { scoreChecks } from '@/lib/seo/score';
import { perfectDraft } from './drafts';

const EMPTY: SeoInput = { title: '', metaDescription: '', slug: '', content: '', tags: [], categories: [], keywords: '', length: 'short' };

const ALL_IDS = [
  'title-length',
  'meta-description-length',
  'keyword-in-title',
  'keyword-in-meta-description',
  'keyword-in-slug',
  'keyword-in-first-paragraph',
  'keyword-in-subheading',
  'keyword-density',
  'heading-start',
  'heading-levels',
  'empty-sections',
  'word-count',
  'flesch-reading-ease',
  'sentence-length',
  'paragraph-length',
  'passive-voice',
  'link-count',
  'link-anchors',
  'link-urls',
  'categories',
  'tag-count',
  'tag-duplicates',
  'duplicate-sentences',
  'duplicate-paragraphs',
];

describe('scoreDraft', () => {
  it('gives a draft that passes every check 100', () => {
    const report = scoreDraft(perfectDraft());
    expect(report.checks.filter((check) => check.status !== 'pass')).toEqual([]);
    expect(report.score).toBe(100);
  });

  it('gives an empty draft a low score', () => {
    expect(scoreDraft(EMPTY).score).toBeLessThanOrEqual(5);
  });

  it('drops below 100 for a single warning', () => {
    const report = scoreDraft(perfectDraft({ tags: ['vegetables', 'compost'] }));
    expect(report.checks.filter((check) => check.status !== 'pass').map((check) => check.id)).toEqual(['tag-count']);
    expect(report.score).toBe(98);
  });

  it('scores a failure below a warning', () => {
    const warned = scoreDraft(perfectDraft({ tags: ['vegetables'] })).score;
    const failed = scoreDraft(perfectDraft({ tags: [] })).score;
    expect(failed).toBeLessThan(warned);
    expect(warned).toBeLessThan(100);
  });

  it('keeps its check ids, in this order', () => {
    expect(scoreDraft(perfectDraft()).checks.map((check) => check.id)).toEqual(ALL_IDS);
    expect(scoreDraft(EMPTY).checks.map((check) => check.id)).toEqual(ALL_IDS.filter((id) => !id.startsWith('keyword-')));
  });

  it('has a weight for every check and no other', () => {
    expect(Object.keys(CHECK_WEIGHTS).sort()).toEqual([...ALL_IDS].sort());
  });

  // 13 words of one syllable in 3 sentences: 206.835 − 1.015 × 13 / 3 − 84.6 = 117.8
  it('reports the stats of the body', () => {
    expect(
      scoreDraft(perfectDraft({ content: 'The cat sat on the mat. The dog ran off. See [the pets](https://example.com/pets).' })).stats,
    ).toEqual({
      words: 13,
      readingMinutes: 1,
      fleschReadingEase: 117.8,
      averageSentenceLength: 4.3,
      links: 1,
    });
  });

  it('takes a stored draft as it is', () => {
    const scoreStored = (draft: Draft): SeoReport => scoreDraft(draft);
    expect(scoreStored).toBeTypeOf('function');
  });

  it('always gives an integer score from 0 to 100 and one-line messages', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(
        '#',
        '## ',
        '\n',
        '\n\n',
        '- ',
        '[',
        ']',
        '(',
        ')',
        '`',
        '```',
        '|',
        '>',
        '*',
        'http://',
        'word',
        ' ',
        '.',
        'é',
      ),
    });
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string(),
          metaDescription: fc.string(),
          slug: fc.string(),
          content: markdownish,
          tags: fc.array(fc.string()),
          categories: fc.array(fc.string()),
          keywords: fc.string(),
          length: fc.constantFrom('short' as const, 'standard' as const, 'long' as const),
        }),
        (input) => {
          const report = scoreDraft(input);
          expect(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100).toBe(true);
          for (const check of report.checks) expect(check.message).not.toMatch(/[\n\r]/);
          expect(new Set(report.checks.map((check) => check.id)).size).toBe(report.checks.length);
        },
      ),
    );
  });
});

describe('scoreChecks', () => {
  const check = (id: string, status: 'pass' | 'warn' | 'fail') => ({ id, group: 'title-meta' as const, label: id, status, message: '' });

  it('counts a warning as half the weight and a failure as none', () => {
    // title-length weighs 3, categories 1: (3 + 0.5 × 1) / 4
    expect(scoreChecks([check('title-length', 'pass'), check('categories', 'warn')])).toBe(87);
    expect(scoreChecks([check('title-length', 'fail'), check('categories', 'pass')])).toBe(25);
    expect(scoreChecks([check('title-length', 'warn'), check('categories', 'fail')])).toBe(37);
  });

  it('is 100 only when every check passes', () => {
    const many = Array.from({ length: 200 }, () => check('duplicate-paragraphs', 'pass'));
    expect(scoreChecks(many)).toBe(100);
    expect(scoreChecks([...many, check('categories', 'warn')])).toBe(99);
  });

  it('is 0 with no checks', () => {
    expect(scoreChecks([])).toBe(0);
  });
});
