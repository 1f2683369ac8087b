import { scanMarkdown } from './markdown/blocks';
import type { MarkdownBlock, MarkdownLink } from './markdown/types';
import { splitSentences } from './text/sentences';
import { countWords, wordsOf } from './text/words';

/** A sentence of a paragraph, list item or quote; `words` are lowercase. */
export type BodySentence = { block: number; text: string; words: string[] };

/** A paragraph or block quote, the units checked for length and repetition; its sentences start at `firstSentence`. */
export type BodyParagraph = { block: number; text: string; words: number; firstSentence: number };

export type BodyAnalysis = {
  blocks: MarkdownBlock[];
  links: MarkdownLink[];
  /** Visible words outside code: headings, paragraphs, list items, quotes and table cells. */
  words: number;
  sentences: BodySentence[];
  paragraphs: BodyParagraph[];
};

/** Everything the checks need from the body, found in one pass so each check reads results instead of re-parsing. */
export function analyseBody(content: string): BodyAnalysis {
  const { blocks, links } = scanMarkdown(content);
  const sentences: BodySentence[] = [];
  const paragraphs: BodyParagraph[] = [];
  let words = 0;
  blocks.forEach((block, index) => {
    if (block.kind === 'code') return;
    if (block.kind === 'heading' || block.kind === 'table') {
      words += countWords(block.text);
      return;
    }
    let blockWords = 0;
    const firstSentence = sentences.length;
    for (const text of splitSentences(block.text)) {
      const sentenceWords = wordsOf(text.toLowerCase());
      if (sentenceWords.length === 0) continue;
      blockWords += sentenceWords.length;
      sentences.push({ block: index, text, words: sentenceWords });
    }
    words += blockWords;
    if (block.kind !== 'list-item') paragraphs.push({ block: index, text: block.text, words: blockWords, firstSentence });
  });
  return { blocks, links, words, sentences, paragraphs };
}
