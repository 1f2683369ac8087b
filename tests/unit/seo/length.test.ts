import { describe, expect, it } from 'vitest';
import { scoreDraft } from '@/lib/seo';
import { type CheckCase, expectCheck, words } from './drafts';

describe('word-count', () => {
  it.each<CheckCase>([
    {
      name: 'short: 1,500 words',
      input: { content: words(1500) },
      status: 'pass',
      message: '1,500 words (about 7 min to read), within the 1,500–2,500 target for a short post',
    },
    { name: 'short: 2,500 words', input: { content: words(2500) }, status: 'pass', message: 'within' },
    {
      name: 'short: 1,499 words',
      input: { content: words(1499) },
      status: 'warn',
      message: 'under the 1,500–2,500 target for a short post: add about 1 word.',
    },
    { name: 'short: 1,200 words', input: { content: words(1200) }, status: 'warn', message: 'add about 300 words' },
    { name: 'short: 1,199 words', input: { content: words(1199) }, status: 'fail', message: 'far under the 1,500–2,500 target' },
    {
      name: 'short: 2,501 words',
      input: { content: words(2501) },
      status: 'warn',
      message: 'over the 1,500–2,500 target for a short post: trim about 1 word.',
    },
    {
      name: 'standard: 3,000 words',
      input: { content: words(3000), length: 'standard' },
      status: 'pass',
      message: 'the 3,000–4,500 target for a standard post',
    },
    {
      name: 'standard: 2,000 words',
      input: { content: words(2000), length: 'standard' },
      status: 'fail',
      message: 'far under the 3,000–4,500 target',
    },
    {
      name: 'long: 5,000 words',
      input: { content: words(5000), length: 'long' },
      status: 'pass',
      message: '4,500–6,000 target for a long post',
    },
    { name: 'long: 4,000 words', input: { content: words(4000), length: 'long' }, status: 'warn', message: 'add about 500 words' },
    { name: 'long: 7,000 words', input: { content: words(7000), length: 'long' }, status: 'warn', message: 'trim about 1,000 words' },
    {
      name: 'code does not count',
      input: { content: `${words(1400)}\n\n\`\`\`\n${words(500)}\n\`\`\`` },
      status: 'warn',
      message: '1,400 words',
    },
    {
      name: 'headings, lists and tables count',
      input: { content: `## ${words(500)}\n\n- ${words(499)}\n\n| a |\n| - |\n| ${words(500)} |` },
      status: 'pass',
      message: '1,500 words',
    },
    { name: 'empty', input: { content: '' }, status: 'fail', message: '0 words' },
  ])('$name → $status', (testCase) => expectCheck('word-count', testCase));

  it.each([
    [0, 0],
    [1, 1],
    [238, 1],
    [239, 2],
    [2380, 10],
  ])('%i words take %i min to read', (count, minutes) => {
    expect(
      scoreDraft({
        title: '',
        metaDescription: '',
        slug: '',
        content: words(count),
        tags: [],
        categories: [],
        keywords: '',
        length: 'short',
      }).stats.readingMinutes,
    ).toBe(minutes);
  });
});
