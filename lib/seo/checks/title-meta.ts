import { countCharacters, lengthStatus, SEO_LIMITS } from '../limits';
import { titlePixelWidth } from '../title-pixels';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult } from './check-context';
import { formatNumber, plural } from './message-format';

const TITLE_LENGTH: CheckDefinition = { id: 'title-length', group: 'title-meta', label: 'Title length' };
const META_LENGTH: CheckDefinition = { id: 'meta-description-length', group: 'title-meta', label: 'Meta description length' };

const TITLE = SEO_LIMITS.title;
const PIXELS = SEO_LIMITS.titlePixels;
const META = SEO_LIMITS.metaDescription;

export function titleMetaChecks({ input }: CheckContext): SeoCheck[] {
  return [titleLength(input.title.trim()), metaDescriptionLength(input.metaDescription.trim())];
}

// Characters are what the prompt and the counter use; pixels say when search results cut a title of wide letters sooner.
function titleLength(title: string): SeoCheck {
  const target = `aim for ${TITLE.min}–${TITLE.max} characters`;
  if (title === '') return checkResult(TITLE_LENGTH, 'fail', `No title: write one of ${TITLE.min}–${TITLE.max} characters.`);
  const chars = countCharacters(title);
  const pixels = titlePixelWidth(title);
  const size = `${plural(chars, 'character')}, about ${formatNumber(pixels)} px of ~${PIXELS.max} px`;
  if (pixels > PIXELS.failAbove)
    return checkResult(TITLE_LENGTH, 'fail', `${size}: search results will cut it, shorten it to fit ~${PIXELS.max} px.`);
  const status = lengthStatus(chars, TITLE);
  const short = chars < TITLE.min;
  if (status === 'fail')
    return checkResult(
      TITLE_LENGTH,
      'fail',
      `${size}: far too ${short ? 'short, say what the post gives' : 'long, search results will cut it'}, ${target}.`,
    );
  if (pixels > PIXELS.max) return checkResult(TITLE_LENGTH, 'warn', `${size}: search results may cut the end, shorten it a little.`);
  if (status === 'warn')
    return checkResult(
      TITLE_LENGTH,
      'warn',
      `${size}: ${short ? 'short, use the room for a benefit or the keyword' : 'search results may cut the end'}, ${target}.`,
    );
  return checkResult(TITLE_LENGTH, 'pass', `${size}: within ${TITLE.min}–${TITLE.max} characters, fits in search results.`);
}

function metaDescriptionLength(meta: string): SeoCheck {
  if (meta === '') return checkResult(META_LENGTH, 'fail', `No meta description: write one of ${META.min}–${META.max} characters.`);
  const chars = countCharacters(meta);
  const size = plural(chars, 'character');
  const target = `aim for ${META.min}–${META.max}`;
  const status = lengthStatus(chars, META);
  if (status === 'pass') return checkResult(META_LENGTH, 'pass', `${size}: within ${META.min}–${META.max}.`);
  if (chars < META.min)
    return checkResult(META_LENGTH, status, `${size}: ${status === 'fail' ? 'far too short' : 'a little short'}, ${target}.`);
  return checkResult(
    META_LENGTH,
    status,
    `${size}: ${status === 'fail' ? 'far too long, search results will cut it' : 'search results may cut the end'}, ${target}.`,
  );
}
