import { SERP_TITLE_PIXELS, titlePixelWidth } from '../title-pixels';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult } from './check-context';
import { formatNumber, plural } from './message-format';

const TITLE_LENGTH: CheckDefinition = { id: 'title-length', group: 'title-meta', label: 'Title length' };
const META_LENGTH: CheckDefinition = { id: 'meta-description-length', group: 'title-meta', label: 'Meta description length' };

const TITLE_MIN_CHARS = 30;
const TITLE_FAIL_BELOW_CHARS = 15;
const TITLE_FAIL_ABOVE_PIXELS = 680;
const META_MIN = 120;
const META_MAX = 160;
const META_FAIL_BELOW = 70;
const META_FAIL_ABOVE = 200;

export function titleMetaChecks({ input }: CheckContext): SeoCheck[] {
  return [titleLength(input.title.trim()), metaDescriptionLength(input.metaDescription.trim())];
}

// Characters say when a title is too thin; pixels say when search results cut it, as narrow and wide letters differ.
function titleLength(title: string): SeoCheck {
  if (title === '') return checkResult(TITLE_LENGTH, 'fail', 'No title: write one of about 50–60 characters.');
  const chars = [...title].length;
  const pixels = titlePixelWidth(title);
  const size = `${plural(chars, 'character')}, about ${formatNumber(pixels)} px of ~${SERP_TITLE_PIXELS} px`;
  if (pixels > TITLE_FAIL_ABOVE_PIXELS)
    return checkResult(TITLE_LENGTH, 'fail', `${size}: search results will cut it, shorten it to fit ~${SERP_TITLE_PIXELS} px.`);
  if (pixels > SERP_TITLE_PIXELS) return checkResult(TITLE_LENGTH, 'warn', `${size}: search results may cut the end, shorten it a little.`);
  if (chars < TITLE_FAIL_BELOW_CHARS)
    return checkResult(TITLE_LENGTH, 'fail', `${size}: far too short, say what the post gives in about 50–60 characters.`);
  if (chars < TITLE_MIN_CHARS) return checkResult(TITLE_LENGTH, 'warn', `${size}: short, use the room for a benefit or the keyword.`);
  return checkResult(TITLE_LENGTH, 'pass', `${size}: fits in search results.`);
}

function metaDescriptionLength(meta: string): SeoCheck {
  if (meta === '') return checkResult(META_LENGTH, 'fail', `No meta description: write one of ${META_MIN}–${META_MAX} characters.`);
  const chars = [...meta].length;
  const size = plural(chars, 'character');
  const target = `aim for ${META_MIN}–${META_MAX}`;
  if (chars < META_FAIL_BELOW) return checkResult(META_LENGTH, 'fail', `${size}: far too short, ${target}.`);
  if (chars > META_FAIL_ABOVE) return checkResult(META_LENGTH, 'fail', `${size}: far too long, search results will cut it, ${target}.`);
  if (chars < META_MIN) return checkResult(META_LENGTH, 'warn', `${size}: a little short, ${target}.`);
  if (chars > META_MAX) return checkResult(META_LENGTH, 'warn', `${size}: search results may cut the end, ${target}.`);
  return checkResult(META_LENGTH, 'pass', `${size}: within ${META_MIN}–${META_MAX}.`);
}
