import { describe, it } from 'vitest';
import { type CheckCase, expectCheck } from './drafts';

const tags = (count: number) => Array.from({ length: count }, (_, i) => `tag ${i + 1}`);

describe('categories', () => {
  it.each<CheckCase>([
    { name: 'one from the list', input: { categories: ['How-to Guides'] }, status: 'pass', message: '1 category from the list' },
    {
      name: 'three from the list',
      input: { categories: ['Cloud Computing', 'Tutorials', 'Shared Hosting'] },
      status: 'pass',
      message: '3 categories',
    },
    {
      name: 'any case and & for and',
      input: { categories: ['cloud computing', 'E-commerce & Online Business'] },
      status: 'pass',
      message: '2 categories',
    },
    {
      name: 'four',
      input: { categories: ['Cloud Computing', 'Tutorials', 'Shared Hosting', 'News'] },
      status: 'warn',
      message: '4 categories: keep the 3',
    },
    { name: 'not in the list', input: { categories: ['Gardening'] }, status: 'warn', message: '"Gardening" is not in the category list' },
    {
      name: 'listed twice',
      input: { categories: ['Cloud Computing', 'cloud  computing'] },
      status: 'warn',
      message: 'Category "cloud  computing" is listed twice',
    },
    { name: 'none', input: { categories: [] }, status: 'fail', message: 'No category' },
    { name: 'only blanks', input: { categories: [' ', ''] }, status: 'fail', message: 'No category' },
  ])('$name → $status', (testCase) => expectCheck('categories', testCase));
});

describe('tag-count', () => {
  it.each<CheckCase>([
    { name: '3', input: { tags: tags(3) }, status: 'pass', message: '3 tags, within 3–10' },
    { name: '10', input: { tags: tags(10) }, status: 'pass', message: '10 tags' },
    { name: '2', input: { tags: tags(2) }, status: 'warn', message: '2 tags: add a few' },
    { name: '1', input: { tags: tags(1) }, status: 'warn', message: '1 tag: add a few' },
    { name: '11', input: { tags: tags(11) }, status: 'warn', message: '11 tags: drop the weakest' },
    { name: '15', input: { tags: tags(15) }, status: 'warn', message: '15 tags' },
    { name: '16', input: { tags: tags(16) }, status: 'fail', message: '16 tags: far too many' },
    { name: 'blanks do not count', input: { tags: ['one', ' ', 'two', ''] }, status: 'warn', message: '2 tags' },
    { name: 'none', input: { tags: [] }, status: 'fail', message: 'No tags' },
  ])('$name → $status', (testCase) => expectCheck('tag-count', testCase));
});

describe('tag-duplicates', () => {
  it.each<CheckCase>([
    {
      name: 'all different',
      input: { tags: ['SEO', 'title tags', 'meta'] },
      status: 'pass',
      message: 'No tag repeats another tag or a category',
    },
    {
      name: 'a tag twice in another case',
      input: { tags: ['SEO', 'seo', 'meta'] },
      status: 'fail',
      message: 'Tag "seo" is listed more than once',
    },
    {
      name: 'a tag twice with other spacing',
      input: { tags: ['web hosting', ' Web  Hosting '] },
      status: 'fail',
      message: 'Tag "Web  Hosting" is listed more than once',
    },
    {
      name: 'a tag equal to a category',
      input: { tags: ['cloud computing', 'kubernetes'], categories: ['Cloud Computing'] },
      status: 'warn',
      message: 'Tag "cloud computing" is also a category',
    },
    {
      name: 'a tag equal to a category with &',
      input: { tags: ['E-commerce & Online Business'], categories: ['E-commerce and Online Business'] },
      status: 'warn',
      message: 'is also a category',
    },
    { name: 'no tags', input: { tags: [] }, status: 'pass', message: 'No tags to compare' },
  ])('$name → $status', (testCase) => expectCheck('tag-duplicates', testCase));
});
