import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeamAligner, textShownForContinuation } from '@/lib/generation/continuation-seam';
import { SEAMS } from '../../fixtures/fake-anthropic/model-behaviour.mjs';
import { buildSamplePost } from '../../fixtures/fake-anthropic/sample-post.mjs';
import type { SeamStyle } from '../../fixtures/fake-anthropic/types.mjs';

/** Feeds `reply` to an aligner in `chunks`; returns what it released, and how much was released before the end. */
function align(kept: string, reply: string, chunkSize = 7) {
  const aligner = new SeamAligner(kept);
  let released = '';
  for (let index = 0; index < reply.length; index += chunkSize) released += aligner.push(reply.slice(index, index + chunkSize));
  const beforeEnd = released.length;
  released += aligner.finish();
  return { joined: kept + released, beforeEnd };
}

describe('the text shown to a model asked to continue', () => {
  it('is the kept text without its last word, so the model writes that word again with its own spacing', () => {
    expect(textShownForContinuation('Paragraph 3 explains sailing with care and')).toBe('Paragraph 3 explains sailing with care');
    expect(textShownForContinuation('the end.\n\n## Next sec')).toBe('the end.\n\n## Next');
    expect(textShownForContinuation('TITLE:')).toBe('');
    expect(textShownForContinuation('  \n')).toBe('');
  });
});

describe('a continuation seam', () => {
  const kept = 'Paragraph 3 explains sailing with care and';
  const cases: [string, string, string][] = [
    ['goes on exactly, with the space', ' and detail. Next.', 'Paragraph 3 explains sailing with care and detail. Next.'],
    ['goes on exactly, without the space', 'and detail. Next.', 'Paragraph 3 explains sailing with care and detail. Next.'],
    ['repeats the last words', 'with care and detail. Next.', 'Paragraph 3 explains sailing with care and detail. Next.'],
    [
      'repeats the sentence it was cut in',
      'Paragraph 3 explains sailing with care and detail.',
      'Paragraph 3 explains sailing with care and detail.',
    ],
    [
      'repeats with other whitespace',
      'Paragraph 3\nexplains  sailing with\tcare and detail.',
      'Paragraph 3 explains sailing with care and detail.',
    ],
    ['starts on a new line after a whole word', 'and\n\n## Part 4', 'Paragraph 3 explains sailing with care and\n\n## Part 4'],
    [
      'writes something new (nothing to remove; a space keeps the words apart)',
      'so forth.',
      'Paragraph 3 explains sailing with care and so forth.',
    ],
  ];
  it.each(cases)('%s', (_name, reply, expected) => {
    expect(align(kept, reply).joined).toBe(expected);
  });

  it('completes a word that was cut in half', () => {
    expect(align('the implem', 'implementation details', 3).joined).toBe('the implementation details');
    expect(align('## Chap', ' Chapter 4\n\nText', 2).joined).toBe('## Chapter 4\n\nText');
  });

  it('never removes text that only looks like the end of a word', () => {
    // "e" ends "the" but does not start a word of it: "eventually" is new text.
    expect(align('over the', 'the eventually', 4).joined).toBe('over the eventually');
    expect(align('Paragraph three', 'three.\n\nMore', 4).joined).toBe('Paragraph three.\n\nMore');
  });

  it('releases the reply as soon as the seam is decided, and never takes released text back', () => {
    const longReply = `care and detail. ${'More words follow here. '.repeat(40)}`;
    const { joined, beforeEnd } = align(kept, longReply, 5);
    expect(joined).toBe(`Paragraph 3 explains sailing with ${longReply}`);
    expect(beforeEnd).toBeGreaterThan(longReply.length - 40);
  });

  it('aligns against a bounded tail: a repeat from far back is not looked for', () => {
    const start = 'Intro sentence number one. ';
    const keptLong = `${start}${'filler words go here '.repeat(200)}end`;
    const { joined } = align(keptLong, `${keptLong} more`, 50);
    // The whole text was repeated; only the tail could be matched, so the start shows up once more.
    expect(joined.indexOf(start, 1)).toBeGreaterThan(0);
  });

  it('keeps text in scripts written without spaces', () => {
    expect(align('日本語の文章です。次の', '日本語の文章です。次の段落です。', 3).joined).toBe('日本語の文章です。次の段落です。');
  });
});

/** How many ways the reply's start can be read as a repeat of the kept text's last words (independently of the aligner). */
function overlapReadings(kept: string, reply: string): number {
  const tail = kept.match(/\S+/g) ?? [];
  const words = reply.match(/\S+/g) ?? [];
  let readings = 0;
  for (let overlap = 1; overlap <= Math.min(tail.length, words.length); overlap++) {
    const repeated = tail.slice(-overlap);
    const matches = repeated.every((word, index) => (index === overlap - 1 ? words[index]?.startsWith(word) : words[index] === word));
    if (matches) readings++;
  }
  return readings;
}

describe('every seam a model makes, anywhere in a post', () => {
  const posts = ['Sailing', 'Rust for web servers', 'Café au lait: a guide'].map((topic) => buildSamplePost(topic, { words: 700 }));
  const styles = Object.keys(SEAMS) as SeamStyle[];

  it('joins to exactly the text the model meant, however the reply is chunked (or, where it is ambiguous, loses nothing)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...posts),
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        fc.constantFrom(...styles),
        fc.integer({ min: 1, max: 60 }),
        (post, at, style, chunkSize) => {
          // Kept text never ends in whitespace: the engine holds it back and drops it at a seam.
          const kept = post.slice(0, Math.floor(post.length * at)).trimEnd();
          const shown = textShownForContinuation(kept);
          const reply = post.slice(SEAMS[style](post, shown.length));
          const { joined } = align(kept, reply, chunkSize);
          // Where the text repeats itself, a repeat can read as new text: then it is kept, never new text dropped.
          if (overlapReadings(kept, reply) > 1 && joined !== post) expect(joined.endsWith(post.slice(kept.length))).toBe(true);
          else expect(joined).toBe(post);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('a seam at a word cut to a few letters', () => {
  it('takes the repeat of the last words, not a word that merely starts with the cut letters', () => {
    const kept = 'CATEGORIES: Tutorials, Tips and T';
    expect(align(kept, 'Tutorials, Tips and Tricks\n\nBody.', 3).joined).toBe('CATEGORIES: Tutorials, Tips and Tricks\n\nBody.');
    expect(align(kept, 'Tricks\n\nBody.', 3).joined).toBe('CATEGORIES: Tutorials, Tips and Tricks\n\nBody.');
    expect(align('Sailing with care and th', 'the wind. Next.', 4).joined).toBe('Sailing with care and the wind. Next.');
  });
});
