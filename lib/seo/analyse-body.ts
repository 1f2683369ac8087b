import { readMarkdown } from './markdown/read-markdown';
import type { MarkdownBlock, MarkdownLink } from './markdown/types';
import { splitSentences } from './text/sentences';
import { countBlockWords, wordsOf } from './words';

/** A sentence of a paragraph, list item or quote; `words` are lowercase. */
export type BodySentence = { block: number; text: string; words: string[] };

/** A paragraph or block quote, the units checked for length and repetition; its sentences start at `firstSentence`. */
export type BodyParagraph = { block: number; text: string; words: number; firstSentence: number };

export type BodyAnalysis = {
  blocks: MarkdownBlock[];
  links: MarkdownLink[];
  /** The body's words, counted as `countWords` counts them. */
  words: number;
  sentences: BodySentence[];
  paragraphs: BodyParagraph[];
};

/** Everything the checks need from the body, found in one pass so each check reads results instead of re-parsing. */
export function analyseBody(content: string): BodyAnalysis {
  const { blocks, links } = readMarkdown(content);
  const sentences: BodySentence[] = [];
  const paragraphs: BodyParagraph[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'code' || block.kind === 'heading' || block.kind === 'table') return;
    let blockWords = 0;
    const firstSentence = sentences.length;
    for (const text of splitSentences(block.text)) {
      const sentenceWords = wordsOf(text.toLowerCase());
      if (sentenceWords.length === 0) continue;
      blockWords += sentenceWords.length;
      sentences.push({ block: index, text, words: sentenceWords });
    }
    if (block.kind !== 'list-item') paragraphs.push({ block: index, text: block.text, words: blockWords, firstSentence });
  });
  return { blocks, links, words: countBlockWords(blocks), sentences, paragraphs };
}
