import { describe, it } from 'vitest';
import { type CheckCase, expectCheck, paragraph, sentence } from './drafts';

const REPEATED = 'Compost needs air, water and time to turn into rich soil.';
const body = (...blocks: string[]) => ({ content: blocks.join('\n\n') });

describe('duplicate-sentences', () => {
  it.each<CheckCase>([
    {
      name: 'all different',
      input: body(paragraph(5, 0), paragraph(5, 5)),
      status: 'pass',
      message: 'No sentence of 8+ words is repeated',
    },
    {
      name: 'a repeated 7-word sentence',
      input: body(`It really depends on your own needs. ${paragraph(2, 0)}`, `It really depends on your own needs. ${paragraph(2, 2)}`),
      status: 'pass',
      message: 'No sentence',
    },
    {
      name: 'one sentence twice',
      input: body(`${REPEATED} ${paragraph(2, 0)}`, `${paragraph(2, 2)} ${REPEATED}`),
      status: 'warn',
      message: '"Compost needs air, water and time…" appears 2 times: keep one',
    },
    {
      name: 'in other case and punctuation',
      input: body(`${REPEATED} ${paragraph(2, 0)}`, `compost needs air water and time to turn into rich soil! ${paragraph(2, 2)}`),
      status: 'warn',
      message: 'appears 2 times',
    },
    {
      name: 'one sentence three times',
      input: body(`${REPEATED} ${paragraph(1, 0)}`, `${REPEATED} ${paragraph(1, 1)}`, `- ${REPEATED}`),
      status: 'warn',
      message: 'appears 3 times',
    },
    {
      name: 'one sentence four times',
      input: body(`${REPEATED} ${REPEATED} ${paragraph(1, 0)}`, `${REPEATED} ${REPEATED} ${paragraph(1, 1)}`),
      status: 'fail',
      message: 'appears 4 times',
    },
    {
      name: 'three sentences twice',
      input: body(
        `${sentence(1)} ${sentence(2)} ${sentence(3)} ${sentence(9)}`,
        `${sentence(1)} ${sentence(8)}`,
        `${sentence(2)} ${sentence(3)} ${sentence(7)}`,
      ),
      status: 'fail',
      message: /appears 2 times \(2 other repeated sentences\)/,
    },
    {
      name: 'the sentences of a repeated paragraph',
      input: body(paragraph(3, 0), paragraph(3, 0)),
      status: 'pass',
      message: 'No sentence',
    },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('duplicate-sentences', testCase));
});

describe('duplicate-paragraphs', () => {
  it.each<CheckCase>([
    {
      name: 'all different',
      input: body(paragraph(3, 0), paragraph(3, 3)),
      status: 'pass',
      message: 'No paragraph of 8+ words is repeated',
    },
    {
      name: 'a repeated short paragraph',
      input: body('See the table below for details.', paragraph(3, 0), 'See the table below for details.'),
      status: 'pass',
      message: 'No paragraph',
    },
    {
      name: 'one paragraph twice',
      input: body(paragraph(3, 0), paragraph(2, 10), paragraph(3, 0)),
      status: 'warn',
      message: '"New growers need a clear plan…" appears 2 times: keep one and cut the copies',
    },
    {
      name: 'with other line breaks',
      input: body(paragraph(3, 0), paragraph(3, 0).replaceAll('. ', '.\n')),
      status: 'warn',
      message: 'appears 2 times',
    },
    {
      name: 'one paragraph three times',
      input: body(paragraph(3, 0), paragraph(3, 0), paragraph(3, 0)),
      status: 'fail',
      message: 'appears 3 times',
    },
    {
      name: 'two paragraphs twice',
      input: body(paragraph(2, 0), paragraph(2, 5), paragraph(2, 0), paragraph(2, 5)),
      status: 'fail',
      message: '(1 other repeated paragraph)',
    },
    {
      name: 'list items are not paragraphs',
      input: body(`- ${paragraph(2, 0)}`, `- ${paragraph(2, 0)}`),
      status: 'pass',
      message: 'No paragraph',
    },
    { name: 'no body', input: { content: '' }, status: 'fail', message: 'No body text yet' },
  ])('$name → $status', (testCase) => expectCheck('duplicate-paragraphs', testCase));
});
