import type { BodyAnalysis } from '../analyse-body';
import { containsKeyword, countKeyword, type FocusKeyword, matchTokens } from '../focus-keywords';
import type { MarkdownBlock } from '../markdown/types';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult } from './check-context';
import { formatPercent, plural } from './message-format';

const IN_TITLE: CheckDefinition = { id: 'keyword-in-title', group: 'keywords', label: 'Focus keyword in title' };
const IN_META: CheckDefinition = { id: 'keyword-in-meta-description', group: 'keywords', label: 'Focus keyword in meta description' };
const IN_SLUG: CheckDefinition = { id: 'keyword-in-slug', group: 'keywords', label: 'Focus keyword in slug' };
const IN_FIRST_PARAGRAPH: CheckDefinition = {
  id: 'keyword-in-first-paragraph',
  group: 'keywords',
  label: 'Focus keyword in first paragraph',
};
const IN_SUBHEADING: CheckDefinition = { id: 'keyword-in-subheading', group: 'keywords', label: 'Focus keyword in an H2' };
const DENSITY: CheckDefinition = { id: 'keyword-density', group: 'keywords', label: 'Keyword density' };

// Percent of words: below, the topic is unclear to search engines; above, it reads as stuffing.
const DENSITY_MIN = 0.5;
const DENSITY_MAX = 2.5;
const DENSITY_FAIL_ABOVE = 4;

/**
 * The main (first) keyword must be in the title, meta description, slug, first paragraph and an H2; having only
 * another of the focus keywords there is a warning. No checks at all when no keyword was given.
 */
export function keywordChecks({ input, body, keywords }: CheckContext): SeoCheck[] {
  const [main, ...others] = keywords;
  if (!main) return [];
  const firstParagraph = body.blocks.find((block) => block.kind === 'paragraph');
  const headings = body.blocks.filter((block) => block.kind === 'heading');
  return [
    placement(IN_TITLE, 'title', input.title, main, others),
    placement(IN_META, 'meta description', input.metaDescription, main, others),
    placement(IN_SLUG, 'slug', input.slug, main, others),
    placement(IN_FIRST_PARAGRAPH, 'first paragraph', firstParagraph?.text ?? '', main, others),
    subheading(headings, main, others),
    density(body, main),
  ];
}

function placement(definition: CheckDefinition, where: string, text: string, main: FocusKeyword, others: FocusKeyword[]): SeoCheck {
  if (text.trim() === '') return checkResult(definition, 'fail', `The ${where} is empty: write it with "${main.text}" in it.`);
  const tokens = matchTokens(text);
  if (containsKeyword(tokens, main)) return checkResult(definition, 'pass', `The ${where} has "${main.text}".`);
  const other = others.find((keyword) => containsKeyword(tokens, keyword));
  if (other) return checkResult(definition, 'warn', `The ${where} has "${other.text}" but not the main keyword "${main.text}": add it.`);
  return checkResult(definition, 'fail', `Add "${main.text}" to the ${where}.`);
}

function subheading(headings: readonly MarkdownBlock[], main: FocusKeyword, others: FocusKeyword[]): SeoCheck {
  const h2Tokens = headings.filter((heading) => heading.level === 2).map((heading) => matchTokens(heading.text));
  if (h2Tokens.some((tokens) => containsKeyword(tokens, main))) return checkResult(IN_SUBHEADING, 'pass', `An H2 has "${main.text}".`);
  const deeper = headings.some((heading) => heading.level > 2 && containsKeyword(matchTokens(heading.text), main));
  if (deeper) return checkResult(IN_SUBHEADING, 'warn', `Only an H3 or deeper has "${main.text}": put it in an H2.`);
  const other = others.find((keyword) => h2Tokens.some((tokens) => containsKeyword(tokens, keyword)));
  if (other) {
    return checkResult(IN_SUBHEADING, 'warn', `An H2 has "${other.text}" but none has the main keyword "${main.text}": add it to one.`);
  }
  if (h2Tokens.length === 0) return checkResult(IN_SUBHEADING, 'fail', `No H2 headings: add ## headings, one with "${main.text}".`);
  return checkResult(IN_SUBHEADING, 'fail', `No H2 has "${main.text}": add it to one.`);
}

function density(body: BodyAnalysis, main: FocusKeyword): SeoCheck {
  if (body.words === 0) return checkResult(DENSITY, 'fail', `No body text yet to use "${main.text}" in.`);
  let uses = 0;
  for (const block of body.blocks) uses += countKeyword(matchTokens(block.text), main);
  const percent = (100 * uses) / body.words;
  const found = `"${main.text}" appears ${plural(uses, 'time')} in ${plural(body.words, 'word')} (${formatPercent(percent)})`;
  const range = `aim for ${DENSITY_MIN}–${DENSITY_MAX}%`;
  if (uses === 0) return checkResult(DENSITY, 'fail', `${found}: use it in the body, ${range}.`);
  if (percent > DENSITY_FAIL_ABOVE) return checkResult(DENSITY, 'fail', `${found}: reads as keyword stuffing, ${range}.`);
  if (percent > DENSITY_MAX) return checkResult(DENSITY, 'warn', `${found}: a little heavy, ${range}.`);
  if (percent < DENSITY_MIN) return checkResult(DENSITY, 'warn', `${found}: use it a little more, ${range}.`);
  return checkResult(DENSITY, 'pass', `${found}: within ${DENSITY_MIN}–${DENSITY_MAX}%.`);
}
