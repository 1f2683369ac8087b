import { describe, it } from 'vitest';
import { type CheckCase, expectCheck, words } from './drafts';

const sentences = (count: number, length: number) => Array.from({ length: count }, () => `${words(length, 'cat')}.`).join(' ');

describe('flesch-reading-ease', () => {
  it.each<CheckCase>([
    // 6 words, 6 syllables, 1 sentence: 206.835 − 1.015 × 6 − 84.6 × 1 = 116.1
    {
      name: 'one-syllable words',
      input: { content: 'The cat sat on the mat.' },
      status: 'pass',
      message: 'Flesch reading ease 116.1: readable',
    },
    {
      name: 'plain sentences with some longer words',
      input: {
        content:
          'A careful team reviews every release before it reaches production servers. Good reviews catch mistakes early and keep customers happy.',
      },
      status: 'warn',
      message: /^Flesch reading ease 4\d\.\d \(difficult\)/,
    },
    {
      name: 'long words in short sentences',
      input: {
        content:
          'Modern deployment pipelines require careful configuration of several environment variables. Teams usually document these settings in a shared repository.',
      },
      status: 'fail',
      message: 'Flesch reading ease -12.1 (very difficult)',
    },
    {
      name: 'long words',
      input: { content: 'Institutional considerations necessitate comprehensive organizational restructuring initiatives.' },
      status: 'fail',
      message: '(very difficult)',
    },
    { name: 'only headings', input: { content: '## A Heading' }, status: 'warn', message: 'No sentences to measure yet' },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('flesch-reading-ease', testCase));
});

describe('sentence-length', () => {
  it.each<CheckCase>([
    { name: '20 words', input: { content: sentences(3, 20) }, status: 'pass', message: '20 words per sentence on average' },
    {
      name: '10 and 30 words',
      input: { content: `${sentences(1, 10)} ${sentences(1, 30)}` },
      status: 'pass',
      message: '20 words per sentence',
    },
    { name: '21 words', input: { content: sentences(3, 21) }, status: 'warn', message: '21 words per sentence on average: split a few' },
    { name: '25 words', input: { content: sentences(3, 25) }, status: 'warn', message: '25 words' },
    {
      name: '26 words',
      input: { content: sentences(3, 26) },
      status: 'fail',
      message: '26 words per sentence on average: split long sentences',
    },
    {
      name: 'list items are sentences',
      input: { content: `${sentences(1, 30)}\n\n- one two\n- three four` },
      status: 'pass',
      message: '11.3 words',
    },
    { name: 'only a table', input: { content: '| a | b |\n| - | - |\n| 1 | 2 |' }, status: 'warn', message: 'No sentences to measure yet' },
  ])('$name → $status', (testCase) => expectCheck('sentence-length', testCase));
});

describe('paragraph-length', () => {
  const paragraphs = (...lengths: number[]) => ({ content: lengths.map((length) => words(length)).join('\n\n') });
  it.each<CheckCase>([
    { name: '150 words', input: paragraphs(150, 150, 150, 150), status: 'pass', message: 'No paragraph runs over 150 words' },
    {
      name: 'one of four over 150',
      input: paragraphs(100, 151, 100, 100),
      status: 'warn',
      message: '"soil soil soil soil soil soil…" runs over 150 words: split it',
    },
    {
      name: 'two of four over 150',
      input: paragraphs(100, 151, 100, 200),
      status: 'fail',
      message: '2 of 4 paragraphs run over 150 words, first "soil',
    },
    { name: 'the only paragraph', input: paragraphs(151), status: 'fail', message: 'runs over 150 words' },
    { name: 'a long list item is not a paragraph', input: { content: `- ${words(300)}` }, status: 'pass', message: 'No paragraph' },
    {
      name: 'a block quote is',
      input: { content: `> ${words(151)}\n\n${words(10)}\n\n${words(10)}\n\n${words(10)}` },
      status: 'warn',
      message: 'runs over 150 words',
    },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('paragraph-length', testCase));
});

describe('passive-voice', () => {
  const text = (passive: number, total: number) => ({
    content: [
      ...Array.from({ length: passive }, () => 'The report was written by the team.'),
      ...Array.from({ length: total - passive }, () => 'The team wrote the report.'),
    ].join(' '),
  });
  it.each<CheckCase>([
    { name: 'none', input: text(0, 10), status: 'pass', message: 'Passive voice in 0% of sentences (0 of 10)' },
    { name: '10%', input: text(1, 10), status: 'pass', message: 'Passive voice in 10% of sentences (1 of 10)' },
    { name: '20%', input: text(2, 10), status: 'warn', message: '20% of sentences (2 of 10): make some active' },
    { name: '30%', input: text(3, 10), status: 'fail', message: '30% of sentences (3 of 10): say who does what' },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('passive-voice', testCase));
});
