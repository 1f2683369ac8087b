import { describe, it } from 'vitest';
import { type CheckCase, expectCheck } from './drafts';

const text = 'Some text here.';
const body = (...lines: string[]) => ({ content: lines.join('\n\n') });

describe('heading-start', () => {
  it.each<CheckCase>([
    { name: 'first heading H2', input: body(text, '## One', text, '### Two', text), status: 'pass', message: 'Sections start at H2' },
    {
      name: 'first heading H3',
      input: body(text, '### One', text, '## Two', text),
      status: 'warn',
      message: 'The first heading "One" is H3',
    },
    {
      name: 'an H1 in the body',
      input: body('# Title Again', text, '## One', text),
      status: 'fail',
      message: '1 H1 heading in the body, first "Title Again"',
    },
    {
      name: 'a later H1',
      input: body('## One', text, '# Two', text, '# Three', text),
      status: 'fail',
      message: '2 H1 headings in the body, first "Two"',
    },
    { name: 'a setext H1', input: body('Big Title\n=========', text, '## One', text), status: 'fail', message: 'first "Big Title"' },
    { name: 'a setext H2', input: body('One\n---', text), status: 'pass', message: 'Sections start at H2' },
    { name: 'no heading', input: body(text, text), status: 'fail', message: 'No headings' },
    {
      name: '# in a code block is not a heading',
      input: body('## One', '```sh\n# comment\n```', text),
      status: 'pass',
      message: 'Sections start at H2',
    },
    {
      name: 'a hashtag is not a heading',
      input: body('## One', '#hashtag and more', text),
      status: 'pass',
      message: 'Sections start at H2',
    },
  ])('$name → $status', (testCase) => expectCheck('heading-start', testCase));
});

describe('heading-levels', () => {
  it.each<CheckCase>([
    {
      name: 'one level at a time',
      input: body('## A', text, '### B', text, '#### C', text, '## D', text),
      status: 'pass',
      message: 'No heading skips a level',
    },
    {
      name: 'back up several levels',
      input: body('## A', '### B', '#### C', text, '## D', text),
      status: 'pass',
      message: 'No heading skips',
    },
    { name: 'H2 then H4', input: body('## A', text, '#### B', text), status: 'warn', message: 'H4 "B" follows H2 "A": make it H3' },
    {
      name: 'two skips',
      input: body('## A', text, '#### B', text, '## C', text, '#### D', text),
      status: 'fail',
      message: '2 headings skip a level. H4 "B" follows H2 "A"',
    },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('heading-levels', testCase));
});

describe('empty-sections', () => {
  it.each<CheckCase>([
    {
      name: 'text under each heading',
      input: body('## A', text, '## B', text),
      status: 'pass',
      message: 'Every heading has text under it',
    },
    {
      name: 'a section made of subsections',
      input: body('## A', '### A1', text, '### A2', text),
      status: 'pass',
      message: 'Every heading',
    },
    {
      name: 'a list, a table or code count',
      input: body('## A', '- item', '## B', '| a | b |\n| - | - |\n| 1 | 2 |', '## C', '```\nx\n```'),
      status: 'pass',
      message: 'Every heading',
    },
    { name: 'two headings in a row', input: body('## A', '## B', text), status: 'warn', message: '"A" has nothing under it' },
    { name: 'a heading at the end', input: body('## A', text, '## B'), status: 'warn', message: '"B" has nothing under it' },
    { name: 'only a rule under it', input: body('## A', '---', '## B', text), status: 'warn', message: '"A" has nothing' },
    {
      name: 'empty subsections',
      input: body('## A', '### A1', '### A2', '## B', text),
      status: 'fail',
      message: '3 headings have nothing under them, first "A"',
    },
    { name: 'an empty heading', input: body('##', '## B', text), status: 'warn', message: '(empty heading) has nothing' },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('empty-sections', testCase));
});
