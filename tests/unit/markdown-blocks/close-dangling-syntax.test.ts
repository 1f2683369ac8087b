import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeDanglingSyntax } from '@/lib/markdown-blocks';
import { markdownDocument } from './markdown-arbitrary';

describe('closeDanglingSyntax: code fences', () => {
  test.each([
    ['```js\nconst a = 1;', '```js\nconst a = 1;\n```\n'],
    ['```js\nconst a = 1;\n', '```js\nconst a = 1;\n```\n'],
    ['Intro\n\n~~~~\ncode', 'Intro\n\n~~~~\ncode\n~~~~\n'],
    ['```', '```\n```\n'],
    ['```js\nx()\n``', '```js\nx()\n```\n'],
    ['- item\n\n  ```sh\n  npm i', '- item\n\n  ```sh\n  npm i\n  ```\n'],
  ])('closes %j', (tail, expected) => {
    expect(closeDanglingSyntax(tail)).toBe(expected);
  });

  test('leaves closed fences and their content alone', () => {
    expect(closeDanglingSyntax('```\n**not bold\n```\nAfter **bold')).toBe('```\n**not bold\n```\nAfter **bold**');
    expect(closeDanglingSyntax('```md\n| a |\n```\n')).toBe('```md\n| a |\n```\n');
    expect(closeDanglingSyntax('```ts\ncode\n```')).toBe('```ts\ncode\n```');
  });
});

describe('closeDanglingSyntax: tables', () => {
  test.each([
    ['a lone header row waits for its delimiter row', 'Intro\n\n| Name | Value |', 'Intro\n\n'],
    ['a lone header row with its line ended', 'Intro\n\n| Name | Value |\n', 'Intro\n\n'],
    ['a half delimiter row is completed from the header', '| Name | Value |\n| --', '| Name | Value |\n| --- | --- |'],
    ['a bare pipe starting the delimiter row', '| Name | Value |\n|', '| Name | Value |\n| --- | --- |'],
    ['a whole delimiter row is kept', '| Name | Value |\n|:--|--:|', '| Name | Value |\n|:--|--:|'],
    ['a half body row is left out', '| A | B |\n| - | - |\n| 1 | 2 |\n| 3 |', '| A | B |\n| - | - |\n| 1 | 2 |\n'],
    ['a body row without its closing pipe', '| A | B |\n| - | - |\n| 1 | 2', '| A | B |\n| - | - |\n'],
    ['a body row just started', '| A | B |\n| - | - |\n|', '| A | B |\n| - | - |\n'],
    ['a whole body row without its line end', '| A | B |\n| - | - |\n| 1 | 2 |', '| A | B |\n| - | - |\n| 1 | 2 |'],
    ['a finished table', '| A | B |\n| - | - |\n| 1 | 2 |\n', '| A | B |\n| - | - |\n| 1 | 2 |\n'],
    ['a pipe-less table row is whole once it has all cells', 'A | B\n--- | ---\n1 | 2', 'A | B\n--- | ---\n1 | 2'],
    ['a pipe-less half row', 'A | B\n--- | ---\n1', 'A | B\n--- | ---\n'],
    ['an escaped pipe is no cell border', '| A | B |\n| - | - |\n| x \\| y |', '| A | B |\n| - | - |\n'],
  ])('%s', (_name, tail, expected) => {
    expect(closeDanglingSyntax(tail)).toBe(expected);
  });

  test('leaves prose with pipes alone', () => {
    expect(closeDanglingSyntax('Use a | b to pipe')).toBe('Use a | b to pipe');
    expect(closeDanglingSyntax('First line\nUse a | b')).toBe('First line\nUse a | b');
  });
});

describe('closeDanglingSyntax: inline syntax on the last line', () => {
  test.each([
    ['Some **bold', 'Some **bold**'],
    ['Some **bold ', 'Some **bold**'],
    ['Some **bold*', 'Some **bold**'],
    ['Some **', 'Some '],
    ['Some *it', 'Some *it*'],
    ['- item with *it', '- item with *it*'],
    ['* item', '* item'],
    ['## **Heading', '## **Heading**'],
    ['> quote with **x', '> quote with **x**'],
    ['Run `npm', 'Run `npm`'],
    ['Run `', 'Run '],
    ['**a `b', '**a `b`**'],
    ['`a **b`', '`a **b`'],
    ['~~gone', '~~gone~~'],
    ['about ~5 minutes', 'about ~5 minutes'],
    ['2 * 3 = 6', '2 * 3 = 6'],
    ['**done** and *open', '**done** and *open*'],
    ['escaped \\*star', 'escaped \\*star'],
    ['See [the docs](https://exa', 'See the docs'],
    ['See [the do', 'See the do'],
    ['See [**bold link](htt', 'See **bold link**'],
    ['![diagram](https://cdn.example.com/im', ''],
    ['Text ![alt', 'Text '],
    ['A [link](https://example.com) and **more', 'A [link](https://example.com) and **more**'],
    ['`[not a link](x`', '`[not a link](x`'],
  ])('%j', (tail, expected) => {
    expect(closeDanglingSyntax(tail)).toBe(expected);
  });

  test('only the unfinished last line is touched', () => {
    expect(closeDanglingSyntax('An odd ** here\n')).toBe('An odd ** here\n');
    expect(closeDanglingSyntax('Line **one\nline two')).toBe('Line **one\nline two');
  });

  test('a marker still being typed at the start of a line is held back', () => {
    expect(closeDanglingSyntax('Para\n-')).toBe('Para\n');
    expect(closeDanglingSyntax('Para\n= ')).toBe('Para\n');
    expect(closeDanglingSyntax('Para\n\n#')).toBe('Para\n\n');
    expect(closeDanglingSyntax('Para\n\n12.')).toBe('Para\n\n');
    expect(closeDanglingSyntax('Title\n---')).toBe('Title\n---');
  });
});

describe('closeDanglingSyntax on finished text', () => {
  test('changes nothing that ends with a line break', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const finished = `${text}\n\nLast words.\n`;
        expect(closeDanglingSyntax(finished)).toBe(finished);
      }),
      { numRuns: 200 },
    );
  });

  test('is idempotent on any prefix', () => {
    fc.assert(
      fc.property(markdownDocument, fc.nat(), (text, cut) => {
        const once = closeDanglingSyntax(text.slice(0, cut % (text.length + 1)));
        expect(closeDanglingSyntax(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
