import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult, noBodyText } from './check-context';
import { excerpt, formatNumber, formatPercent, plural } from './message-format';

const FLESCH: CheckDefinition = { id: 'flesch-reading-ease', group: 'readability', label: 'Flesch reading ease' };
const SENTENCE_LENGTH: CheckDefinition = { id: 'sentence-length', group: 'readability', label: 'Average sentence length' };
const PARAGRAPH_LENGTH: CheckDefinition = { id: 'paragraph-length', group: 'readability', label: 'Long paragraphs' };
const PASSIVE_VOICE: CheckDefinition = { id: 'passive-voice', group: 'readability', label: 'Passive voice' };

// Technical posts rarely score above 60; 50–60 is "fairly difficult", 30–50 "difficult", below 30 "very difficult".
const FLESCH_PASS = 50;
const FLESCH_FAIL_BELOW = 30;
const SENTENCE_WORDS_PASS = 20;
const SENTENCE_WORDS_FAIL_ABOVE = 25;
const LONG_PARAGRAPH_WORDS = 150;
const LONG_PARAGRAPHS_FAIL_SHARE = 0.25;
const PASSIVE_PASS_SHARE = 0.1;
const PASSIVE_FAIL_SHARE = 0.2;

const NOTHING_TO_MEASURE = 'No sentences to measure yet.';

export function readabilityChecks({ body, readability }: CheckContext): SeoCheck[] {
  if (body.words === 0) return [FLESCH, SENTENCE_LENGTH, PARAGRAPH_LENGTH, PASSIVE_VOICE].map(noBodyText);
  const long = body.paragraphs.filter((paragraph) => paragraph.words > LONG_PARAGRAPH_WORDS);
  return [
    fleschReadingEase(readability.sentences, readability.fleschReadingEase),
    sentenceLength(readability.sentences, readability.averageSentenceLength),
    paragraphLength(long, body.paragraphs.length),
    passiveVoice(readability.passiveSentences, readability.sentences),
  ];
}

function fleschReadingEase(sentences: number, score: number): SeoCheck {
  if (sentences === 0) return checkResult(FLESCH, 'warn', NOTHING_TO_MEASURE);
  const found = `Flesch reading ease ${formatNumber(score)}`;
  if (score < FLESCH_FAIL_BELOW)
    return checkResult(FLESCH, 'fail', `${found} (very difficult): use much shorter sentences and plainer words, aim for ${FLESCH_PASS}+.`);
  if (score < FLESCH_PASS)
    return checkResult(FLESCH, 'warn', `${found} (difficult): shorten sentences and prefer plainer words, aim for ${FLESCH_PASS}+.`);
  return checkResult(FLESCH, 'pass', `${found}: readable for a general audience.`);
}

function sentenceLength(sentences: number, average: number): SeoCheck {
  if (sentences === 0) return checkResult(SENTENCE_LENGTH, 'warn', NOTHING_TO_MEASURE);
  const found = `${formatNumber(average)} words per sentence on average`;
  if (average > SENTENCE_WORDS_FAIL_ABOVE)
    return checkResult(SENTENCE_LENGTH, 'fail', `${found}: split long sentences, aim for ${SENTENCE_WORDS_PASS} or fewer.`);
  if (average > SENTENCE_WORDS_PASS)
    return checkResult(SENTENCE_LENGTH, 'warn', `${found}: split a few long sentences, aim for ${SENTENCE_WORDS_PASS} or fewer.`);
  return checkResult(SENTENCE_LENGTH, 'pass', `${found}.`);
}

function paragraphLength(long: ReadonlyArray<{ text: string }>, paragraphs: number): SeoCheck {
  const first = long[0];
  if (!first) return checkResult(PARAGRAPH_LENGTH, 'pass', `No paragraph runs over ${LONG_PARAGRAPH_WORDS} words.`);
  const status = long.length > LONG_PARAGRAPHS_FAIL_SHARE * paragraphs ? 'fail' : 'warn';
  if (long.length === 1)
    return checkResult(PARAGRAPH_LENGTH, status, `${excerpt(first.text)} runs over ${LONG_PARAGRAPH_WORDS} words: split it.`);
  const found = `${formatNumber(long.length)} of ${plural(paragraphs, 'paragraph')} run over ${LONG_PARAGRAPH_WORDS} words`;
  return checkResult(PARAGRAPH_LENGTH, status, `${found}, first ${excerpt(first.text)}: split them.`);
}

function passiveVoice(passive: number, sentences: number): SeoCheck {
  const share = sentences === 0 ? 0 : passive / sentences;
  const found = `Passive voice in ${formatPercent(Math.round(100 * share))} of sentences (${formatNumber(passive)} of ${formatNumber(sentences)})`;
  if (share > PASSIVE_FAIL_SHARE)
    return checkResult(PASSIVE_VOICE, 'fail', `${found}: say who does what, aim for ${100 * PASSIVE_PASS_SHARE}% or less.`);
  if (share > PASSIVE_PASS_SHARE)
    return checkResult(PASSIVE_VOICE, 'warn', `${found}: make some active, aim for ${100 * PASSIVE_PASS_SHARE}% or less.`);
  return checkResult(PASSIVE_VOICE, 'pass', `${found}.`);
}
