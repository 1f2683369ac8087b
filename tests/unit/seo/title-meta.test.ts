import { describe, it } from 'vitest';
import { type CheckCase, expectCheck } from './drafts';

describe('title-length', () => {
  // Narrow filler, so only the character count decides.
  const title = (length: number) => `Garden planning ${'i'.repeat(length - 16)}`;
  it.each<CheckCase>([
    {
      name: 'a 52-character title',
      input: {},
      status: 'pass',
      message: /^52 characters, about \d+ px of ~600 px: within 50–60 characters, fits/,
    },
    { name: '50 characters', input: { title: title(50) }, status: 'pass', message: 'within 50–60 characters' },
    { name: '60 characters', input: { title: title(60) }, status: 'pass', message: 'within 50–60 characters' },
    { name: '49 characters', input: { title: title(49) }, status: 'warn', message: /^49 characters.*short.*aim for 50–60 characters\.$/ },
    { name: '61 characters', input: { title: title(61) }, status: 'warn', message: 'may cut the end, aim for 50–60 characters.' },
    { name: '70 characters', input: { title: title(70) }, status: 'warn', message: 'may cut the end' },
    { name: '71 characters', input: { title: title(71) }, status: 'fail', message: 'far too long, search results will cut it' },
    { name: '15 characters', input: { title: 'Garden planning' }, status: 'warn', message: /^15 characters.*short/ },
    { name: '14 characters', input: { title: 'Garden plannin' }, status: 'fail', message: 'far too short' },
    {
      name: 'wide letters overflow within the character range',
      input: { title: 'GARDEN PLANNING FOR BEGINNERS: A SIMPLE SEASON GUIDE' },
      status: 'warn',
      message: /^52 characters, about 626 px.*may cut the end, shorten it a little/,
    },
    { name: '36 wide letters, 680 px', input: { title: 'W'.repeat(36) }, status: 'warn', message: 'about 680 px' },
    { name: '37 wide letters, 699 px', input: { title: 'W'.repeat(37) }, status: 'fail', message: /about 699 px.*will cut it/ },
    {
      name: 'an 89-character title',
      input: { title: 'The Complete and Definitive Garden Planning Guide for Beginners and Experts Alike in 2025' },
      status: 'fail',
      message: 'will cut it',
    },
    { name: 'an emoji is one character', input: { title: `${title(59)}🌱` }, status: 'pass', message: /^60 characters/ },
    { name: 'no title', input: { title: '  ' }, status: 'fail', message: 'No title: write one of 50–60 characters.' },
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
