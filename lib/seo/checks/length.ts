import { SEO_LIMITS } from '../limits';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult } from './check-context';
import { formatNumber, plural } from './message-format';

const WORD_COUNT: CheckDefinition = { id: 'word-count', group: 'length', label: 'Length against target' };

// Adult silent reading speed for non-fiction (Brysbaert, 2019).
export const WORDS_PER_MINUTE = 238;
// Under this share of the target's minimum, the post is far from what was asked for.
const FAIL_BELOW_SHARE = 0.8;

export function readingMinutes(words: number): number {
  return Math.ceil(words / WORDS_PER_MINUTE);
}

/** The body's word count against the range asked for at generation: short is a warning, far too short a failure. */
export function lengthChecks({ input, body }: CheckContext): SeoCheck[] {
  const { min, max } = SEO_LIMITS.words[input.length];
  const words = body.words;
  const found = `${plural(words, 'word')} (about ${formatNumber(readingMinutes(words))} min to read)`;
  const target = `the ${formatNumber(min)}–${formatNumber(max)} target for a ${input.length} post`;
  if (words < FAIL_BELOW_SHARE * min)
    return [checkResult(WORD_COUNT, 'fail', `${found}, far under ${target}: add about ${plural(min - words, 'word')}.`)];
  if (words < min) return [checkResult(WORD_COUNT, 'warn', `${found}, under ${target}: add about ${plural(min - words, 'word')}.`)];
  if (words > max) return [checkResult(WORD_COUNT, 'warn', `${found}, over ${target}: trim about ${plural(words - max, 'word')}.`)];
  return [checkResult(WORD_COUNT, 'pass', `${found}, within ${target}.`)];
}
