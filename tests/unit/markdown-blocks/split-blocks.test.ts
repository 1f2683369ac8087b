import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, test, vi } from 'vitest';
import { type BlockSplit, BlockSplitter, splitBlocks } from '@/lib/markdown-blocks';
import { markdownDocument, openEndedDocument, piecesOf } from './markdown-arbitrary';

const joined = (split: BlockSplit) => split.stable.map((block) => block.source).join('') + split.tail;
const sources = (split: BlockSplit) => split.stable.map((block) => block.source);
const anyDocument = fc.oneof(markdownDocument, openEndedDocument);
const cuts = fc.array(fc.nat(), { maxLength: 60 });

describe('splitBlocks', () => {
  test('cuts finished blocks after blank lines and keeps the growing end as the tail', () => {
    const split = splitBlocks('# Title\n\nFirst para\nstill first.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\nLast para\nmore');
    expect(sources(split)).toEqual(['# Title\n\n', 'First para\nstill first.\n\n', '- a\n- b\n\n', '| x | y |\n|---|---|\n| 1 | 2 |\n\n']);
    expect(split.tail).toBe('Last para\nmore');
    expect(split.tailStart).toBe(joined(split).length - split.tail.length);
  });

  test('leaves a block in the tail while the first line after it is unfinished', () => {
    // `1` may still become `1. two`, an item of the same list.
    expect(splitBlocks('1. one\n\n1').stable).toEqual([]);
    expect(sources(splitBlocks('1. one\n\n1. two\n\nNext\n'))).toEqual(['1. one\n\n1. two\n\n']);
    expect(splitBlocks('Para\n\n').stable).toEqual([]);
  });

  test('never cuts inside an open code fence or an open HTML comment', () => {
    expect(splitBlocks('Intro\n\n```js\na()\n\nb()\n\nc()').tail).toBe('```js\na()\n\nb()\n\nc()');
    expect(splitBlocks('Intro\n\n<!--\n\nhidden\n\nstill hidden\n').tail).toBe('<!--\n\nhidden\n\nstill hidden\n');
    expect(sources(splitBlocks('```\na\n\nb\n```\n\nafter\n'))).toEqual(['```\na\n\nb\n```\n\n']);
  });

  test('keeps a loose list and an indented continuation in one block', () => {
    const split = splitBlocks('- a\n\n- b\n\n  more of b\n\nAfter\n');
    expect(sources(split)).toEqual(['- a\n\n- b\n\n  more of b\n\n']);
  });

  test('keeps offsets true with CRLF line ends', () => {
    const split = splitBlocks('One\r\n\r\nTwo\r\n\r\nThree\r\n');
    expect(sources(split)).toEqual(['One\r\n\r\n', 'Two\r\n\r\n']);
    expect(joined(split)).toBe('One\r\n\r\nTwo\r\n\r\nThree\r\n');
  });

  test('collects link reference definitions from stable blocks, not footnotes', () => {
    const split = splitBlocks('See [docs][d].\n\n[d]: https://example.com "Docs"\n\n[^1]: A footnote.\n\nEnd\n');
    expect(split.definitions).toBe('[d]: https://example.com "Docs"');
  });

  test('keys by content and ordinal: equal blocks get distinct keys, edits elsewhere keep them', () => {
    const before = splitBlocks('Same\n\nSame\n\nOther\n\nEnd\n');
    const [first, second] = before.stable;
    expect(first?.key).not.toBe(second?.key);
    const after = splitBlocks('Inserted\n\nSame\n\nSame\n\nOther\n\nEnd\n');
    expect(after.stable.slice(1).map((block) => block.key)).toEqual(before.stable.map((block) => block.key));
  });
});

describe('BlockSplitter', () => {
  test('sources and tail always add up to the text, and stable blocks never change once emitted', () => {
    fc.assert(
      fc.property(anyDocument, cuts, (text, points) => {
        const splitter = new BlockSplitter();
        let seen = '';
        let previous: BlockSplit = splitter.snapshot();
        for (const piece of piecesOf(text, points)) {
          seen += piece;
          const split = splitter.append(piece);
          expect(joined(split)).toBe(seen);
          expect(split.stable.slice(0, previous.stable.length)).toEqual(previous.stable);
          previous = split;
        }
        expect(previous).toEqual(splitBlocks(text));
      }),
      { numRuns: 300 },
    );
  });

  test('an edit anywhere gives the same blocks as splitting the edited text afresh', () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', 'x', '\n\n', 'new words\n\n- item\n', '```'));
    fc.assert(
      fc.property(anyDocument, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const splitter = new BlockSplitter();
        let current = text;
        splitter.update(current);
        for (const [at, removed, inserted] of edits) {
          const start = at % (current.length + 1);
          current = current.slice(0, start) + inserted + current.slice(start + removed);
          expect(splitter.update(current)).toEqual(splitBlocks(current));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('re-lexes an edit in the middle only up to the first block after it', () => {
    const paragraphs = (edited: number) =>
      Array.from({ length: 400 }, (_, index) => `Paragraph ${index}${index === edited ? ' (edited)' : ''} has words.\n\n`).join('');
    const splitter = new BlockSplitter();
    splitter.update(`${paragraphs(-1)}Tail`);
    const lex = vi.spyOn(Lexer.prototype, 'blockTokens');
    const split = splitter.update(`${paragraphs(200)}Tail`);
    const lexed = lex.mock.calls.reduce((sum, [source]) => sum + source.length, 0);
    lex.mockRestore();
    expect(lexed).toBeLessThan(200);
    expect(split).toEqual(splitBlocks(`${paragraphs(200)}Tail`));
  });

  test('re-lexes only from the tail when text is appended', () => {
    const splitter = new BlockSplitter();
    splitter.append('First\n\nSecond\n\nThird');
    const first = splitter.snapshot().stable[0];
    splitter.append(' still third\n\nFourth\n');
    expect(splitter.snapshot().stable[0]).toBe(first);
    expect(splitter.snapshot().tailStart).toBe('First\n\nSecond\n\nThird still third\n\n'.length);
  });
});
