import { describe, it } from 'vitest';
import { type CheckCase, expectCheck } from './drafts';

describe('title-length', () => {
  it.each<CheckCase>([
    { name: 'a 52-character title', input: {}, status: 'pass', message: /^52 characters, about \d+ px of ~600 px: fits/ },
    {
      name: 'narrow letters fit in more characters',
      input: { title: 'Little Tilt: Fill Tiny Lists, Sift Lilies, Tidy Till Fields Still' },
      status: 'pass',
      message: 'fits',
    },
    {
      name: 'wide letters overflow sooner',
      input: { title: 'W'.repeat(32) },
      status: 'warn',
      message: /^32 characters, about 604 px.*may cut/,
    },
    { name: '31 wide letters still fit', input: { title: 'W'.repeat(31) }, status: 'pass', message: 'fits' },
    { name: '36 wide letters, 680 px', input: { title: 'W'.repeat(36) }, status: 'warn', message: 'about 680 px' },
    { name: '37 wide letters, 699 px', input: { title: 'W'.repeat(37) }, status: 'fail', message: 'about 699 px' },
    {
      name: 'a 70-character title',
      input: { title: 'Garden Planning for Beginners: A Simple Season-by-Season Guide to Beds' },
      status: 'warn',
      message: 'may cut the end',
    },
    {
      name: 'an 88-character title',
      input: { title: 'The Complete and Definitive Garden Planning Guide for Beginners and Experts Alike in 2025' },
      status: 'fail',
      message: 'will cut it',
    },
    { name: 'a short title', input: { title: 'Garden Planning Guide' }, status: 'warn', message: /^21 characters.*short/ },
    { name: '29 characters', input: { title: 'Garden Planning for the Years' }, status: 'warn', message: 'short' },
    { name: '30 characters', input: { title: 'Garden Planning for the Years!' }, status: 'pass', message: 'fits' },
    { name: 'a one-word title', input: { title: 'Garden' }, status: 'fail', message: 'far too short' },
    { name: 'no title', input: { title: '  ' }, status: 'fail', message: 'No title' },
  ])('$name → $status', (testCase) => expectCheck('title-length', testCase));
});

describe('meta-description-length', () => {
  const meta = (length: number) => `Garden planning ${'x'.repeat(length - 16)}`;
  it.each<CheckCase>([
    { name: '120 characters', input: { metaDescription: meta(120) }, status: 'pass', message: '120 characters: within 120–160' },
    { name: '160 characters', input: { metaDescription: meta(160) }, status: 'pass', message: 'within' },
    { name: '119 characters', input: { metaDescription: meta(119) }, status: 'warn', message: '119 characters: a little short' },
    { name: '70 characters', input: { metaDescription: meta(70) }, status: 'warn', message: 'a little short' },
    { name: '161 characters', input: { metaDescription: meta(161) }, status: 'warn', message: 'may cut the end' },
    { name: '200 characters', input: { metaDescription: meta(200) }, status: 'warn', message: 'may cut the end' },
    { name: '69 characters', input: { metaDescription: meta(69) }, status: 'fail', message: 'far too short' },
    { name: '201 characters', input: { metaDescription: meta(201) }, status: 'fail', message: 'far too long' },
    { name: 'none', input: { metaDescription: '' }, status: 'fail', message: 'No meta description' },
  ])('$name → $status', (testCase) => expectCheck('meta-description-length', testCase));
});
