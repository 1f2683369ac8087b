import type { BodyAnalysis, BodyParagraph } from '../analyse-body';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult, noBodyText } from './check-context';
import { excerpt, plural } from './message-format';

const DUPLICATE_SENTENCES: CheckDefinition = { id: 'duplicate-sentences', group: 'duplicates', label: 'Repeated sentences' };
const DUPLICATE_PARAGRAPHS: CheckDefinition = { id: 'duplicate-paragraphs', group: 'duplicates', label: 'Repeated paragraphs' };

// Shorter sentences repeat innocently ("It depends on your needs.").
const MIN_WORDS = 8;
// Extra copies of sentences tolerated as a warning; beyond, long model output has looped.
const SENTENCE_COPIES_WARN_MAX = 2;

type Repeat = { text: string; copies: number };

/**
 * Sentences and paragraphs of 8 words or more that appear again, compared lowercase without punctuation.
 * Sentences inside a repeated paragraph's copies are not counted again as repeated sentences.
 */
export function duplicateChecks({ body }: CheckContext): SeoCheck[] {
  if (body.words === 0) return [noBodyText(DUPLICATE_SENTENCES), noBodyText(DUPLICATE_PARAGRAPHS)];
  const sentenceKeys = body.sentences.map((sentence) => sentence.words.join(' '));
  const paragraphs = findRepeats(body.paragraphs.map((paragraph) => ({ ...paragraph, key: paragraphKey(paragraph, body, sentenceKeys) })));
  const copiedBlocks = new Set(paragraphs.copyBlocks);
  const sentences = findRepeats(
    body.sentences.flatMap((sentence, i) => {
      if (copiedBlocks.has(sentence.block) || sentence.words.length < MIN_WORDS) return [];
      return [{ text: sentence.text, key: sentenceKeys[i] ?? '', block: sentence.block }];
    }),
  );
  return [
    report(DUPLICATE_SENTENCES, 'sentence', sentences.repeats, SENTENCE_COPIES_WARN_MAX),
    report(DUPLICATE_PARAGRAPHS, 'paragraph', paragraphs.repeats, 1),
  ];
}

function report(definition: CheckDefinition, unit: string, repeats: Repeat[], warnMaxCopies: number): SeoCheck {
  const first = repeats[0];
  if (!first) return checkResult(definition, 'pass', `No ${unit} of ${MIN_WORDS}+ words is repeated.`);
  const copies = repeats.reduce((total, repeat) => total + repeat.copies, 0);
  const found = `${excerpt(first.text)} appears ${first.copies + 1} times`;
  const others = repeats.length > 1 ? ` (${plural(repeats.length - 1, `other repeated ${unit}`)})` : '';
  return checkResult(definition, copies > warnMaxCopies ? 'fail' : 'warn', `${found}${others}: keep one and cut the copies.`);
}

type Candidate = { text: string; key: string; block: number };

function findRepeats(candidates: Candidate[]): { repeats: Repeat[]; copyBlocks: number[] } {
  const byKey = new Map<string, Repeat>();
  const repeats: Repeat[] = [];
  const copyBlocks: number[] = [];
  for (const candidate of candidates) {
    if (candidate.key === '') continue;
    const seen = byKey.get(candidate.key);
    if (!seen) {
      byKey.set(candidate.key, { text: candidate.text, copies: 0 });
      continue;
    }
    if (seen.copies === 0) repeats.push(seen);
    seen.copies++;
    copyBlocks.push(candidate.block);
  }
  return { repeats, copyBlocks };
}

// A paragraph's sentences are consecutive in body.sentences, from its `firstSentence`.
function paragraphKey(paragraph: BodyParagraph, body: BodyAnalysis, sentenceKeys: readonly string[]): string {
  if (paragraph.words < MIN_WORDS) return '';
  const keys: string[] = [];
  for (let i = paragraph.firstSentence; body.sentences[i]?.block === paragraph.block; i++) keys.push(sentenceKeys[i] ?? '');
  return keys.join(' ');
}
