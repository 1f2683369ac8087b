import { hasPassiveHint } from './passive-voice';
import { countSyllables } from './syllables';

export type Readability = {
  sentences: number;
  passiveSentences: number;
  /** Flesch reading ease, one decimal; 0 when there is no sentence. */
  fleschReadingEase: number;
  /** Words per sentence, one decimal; 0 when there is no sentence. */
  averageSentenceLength: number;
};

/** Flesch reading ease (English formula) and the passive-voice hint over sentences given as lowercase words. */
export function measureReadability(sentences: readonly (readonly string[])[]): Readability {
  let words = 0;
  let syllables = 0;
  let passiveSentences = 0;
  // A post reuses a small vocabulary, so each distinct word is counted once.
  const syllablesByWord = new Map<string, number>();
  for (const sentence of sentences) {
    words += sentence.length;
    for (const word of sentence) {
      let count = syllablesByWord.get(word);
      if (count === undefined) {
        count = countSyllables(word);
        syllablesByWord.set(word, count);
      }
      syllables += count;
    }
    if (hasPassiveHint(sentence)) passiveSentences++;
  }
  if (sentences.length === 0 || words === 0) {
    return { sentences: sentences.length, passiveSentences, fleschReadingEase: 0, averageSentenceLength: 0 };
  }
  const wordsPerSentence = words / sentences.length;
  const flesch = 206.835 - 1.015 * wordsPerSentence - 84.6 * (syllables / words);
  return {
    sentences: sentences.length,
    passiveSentences,
    fleschReadingEase: roundTo1(flesch),
    averageSentenceLength: roundTo1(wordsPerSentence),
  };
}

function roundTo1(value: number): number {
  return Math.round(value * 10) / 10;
}
