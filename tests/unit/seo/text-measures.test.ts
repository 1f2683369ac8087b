import { describe, expect, it } from 'vitest';
import { hasPassiveHint } from '@/lib/seo/text/passive-voice';
import { measureReadability } from '@/lib/seo/text/readability';
import { splitSentences } from '@/lib/seo/text/sentences';
import { countSyllables } from '@/lib/seo/text/syllables';
import { wordsOf } from '@/lib/seo/words';

describe('wordsOf', () => {
  it.each<[string, string[]]>([
    ['Hello, world!', ['Hello', 'world']],
    ["don't re-use e-mail", ["don't", 're-use', 'e-mail']],
    ['it’s 3.5 GB of 10,000 files', ['it’s', '3.5', 'GB', 'of', '10,000', 'files']],
    ['end. Next, 2 - 3', ['end', 'Next', '2', '3']],
    ['Café naïve 日本語', ['Café', 'naïve', '日本語']],
    ['— * # |', []],
  ])('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });
});

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two! Three? Four…', ['One.', 'Two!', 'Three?', 'Four…']],
    ['No end mark', ['No end mark']],
    ['Version 3.5 is out. Visit example.com today.', ['Version 3.5 is out.', 'Visit example.com today.']],
    ['Use tools, e.g. linters, and Dr. Smith agrees. Done.', ['Use tools, e.g. linters, and Dr. Smith agrees.', 'Done.']],
    ['By J. R. Tolkien. Next.', ['By J. R. Tolkien.', 'Next.']],
    ['He said "stop." Then left.', ['He said "stop."', 'Then left.']],
    ['Really?! Yes...  Fine', ['Really?!', 'Yes...', 'Fine']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('countSyllables', () => {
  it.each<[string, number]>([
    ['the', 1],
    ['cat', 1],
    ['make', 1],
    ['makes', 1],
    ['reading', 2],
    ['simple', 2],
    ['wanted', 2],
    ['needed', 2],
    ['played', 1],
    ['boxes', 2],
    ['processes', 3],
    ['changes', 2],
    ['yellow', 2],
    ['configuration', 5],
    ['Readability', 5],
    ['rhythm', 1],
    ['2025', 1],
  ])('%s → %i', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe('hasPassiveHint', () => {
  it.each<[string, boolean]>([
    ['the report was written by the team', true],
    ['mistakes were made', true],
    ['the file is being used', true],
    ['it is often used', true],
    ['the job is carefully scheduled', true],
    ['the api was built in a week', true],
    ['the team wrote the report', false],
    ['the door was open', false],
    ['it is often fast', false],
    ['this is interesting', false],
    ['we have been there', false],
    ['it was red', false],
    ['written', false],
  ])('%j → %s', (sentence, passive) => {
    expect(hasPassiveHint(sentence.split(' '))).toBe(passive);
  });
});

describe('measureReadability', () => {
  it('applies the Flesch formula', () => {
    // 8 words, 10 syllables, 2 sentences: 206.835 − 1.015 × 4 − 84.6 × 1.25 = 97.025
    expect(
      measureReadability([
        ['the', 'cat', 'sat', 'down'],
        ['a', 'simple', 'yellow', 'dog'],
      ]),
    ).toEqual({
      sentences: 2,
      passiveSentences: 0,
      fleschReadingEase: 97,
      averageSentenceLength: 4,
    });
  });

  it('counts passive sentences', () => {
    expect(
      measureReadability([
        ['it', 'was', 'done'],
        ['we', 'did', 'it'],
      ]).passiveSentences,
    ).toBe(1);
  });

  it('is zero without sentences', () => {
    expect(measureReadability([])).toEqual({ sentences: 0, passiveSentences: 0, fleschReadingEase: 0, averageSentenceLength: 0 });
  });
});
