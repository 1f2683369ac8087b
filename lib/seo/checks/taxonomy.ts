import { CATEGORIES } from '@/lib/post-format/categories';
import { SEO_LIMITS } from '../limits';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult } from './check-context';
import { plural } from './message-format';

const CATEGORY_COUNT: CheckDefinition = { id: 'categories', group: 'taxonomy', label: 'Categories' };
const TAG_COUNT: CheckDefinition = { id: 'tag-count', group: 'taxonomy', label: 'Number of tags' };
const TAG_DUPLICATES: CheckDefinition = { id: 'tag-duplicates', group: 'taxonomy', label: 'Repeated tags' };

const { min: CATEGORIES_MIN, max: CATEGORIES_MAX } = SEO_LIMITS.categories;
const { min: TAGS_MIN, max: TAGS_MAX, failAbove: TAGS_FAIL_ABOVE } = SEO_LIMITS.tags;

const FIXED_CATEGORIES = new Set<string>(CATEGORIES.map((category) => taxonomyKey(category)));

export function taxonomyChecks({ input }: CheckContext): SeoCheck[] {
  const tags = input.tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  const categories = input.categories.map((category) => category.trim()).filter((category) => category !== '');
  const known = input.categoryList ? new Set(input.categoryList.map(taxonomyKey)) : FIXED_CATEGORIES;
  return [categoryCount(categories, known), tagCount(tags.length), tagDuplicates(tags, categories)];
}

function categoryCount(categories: string[], known: ReadonlySet<string>): SeoCheck {
  if (categories.length === 0)
    return checkResult(CATEGORY_COUNT, 'fail', `No category: choose ${CATEGORIES_MIN} to ${CATEGORIES_MAX} from the list.`);
  const unknown = categories.find((category) => !known.has(taxonomyKey(category)));
  if (unknown !== undefined) return checkResult(CATEGORY_COUNT, 'warn', `"${unknown}" is not in the category list: pick one from it.`);
  const repeated = findRepeat(categories);
  if (repeated !== undefined) return checkResult(CATEGORY_COUNT, 'warn', `Category "${repeated}" is listed twice: remove one.`);
  if (categories.length > CATEGORIES_MAX)
    return checkResult(
      CATEGORY_COUNT,
      'warn',
      `${plural(categories.length, 'category', 'categories')}: keep the ${CATEGORIES_MAX} that fit best.`,
    );
  return checkResult(CATEGORY_COUNT, 'pass', `${plural(categories.length, 'category', 'categories')} from the list.`);
}

function tagCount(tags: number): SeoCheck {
  const found = plural(tags, 'tag');
  const range = `use ${TAGS_MIN}–${TAGS_MAX}`;
  if (tags === 0) return checkResult(TAG_COUNT, 'fail', `No tags: add ${TAGS_MIN}–${TAGS_MAX} that name the post's topics.`);
  if (tags > TAGS_FAIL_ABOVE) return checkResult(TAG_COUNT, 'fail', `${found}: far too many, ${range}.`);
  if (tags < TAGS_MIN) return checkResult(TAG_COUNT, 'warn', `${found}: add a few, ${range}.`);
  if (tags > TAGS_MAX) return checkResult(TAG_COUNT, 'warn', `${found}: drop the weakest, ${range}.`);
  return checkResult(TAG_COUNT, 'pass', `${found}, within ${TAGS_MIN}–${TAGS_MAX}.`);
}

/** A repeated tag fails; a tag that repeats a category warns, as both make the same archive page twice. */
function tagDuplicates(tags: string[], categories: string[]): SeoCheck {
  const repeated = findRepeat(tags);
  if (repeated !== undefined) return checkResult(TAG_DUPLICATES, 'fail', `Tag "${repeated}" is listed more than once: keep one.`);
  const categoryKeys = new Set(categories.map(taxonomyKey));
  const asCategory = tags.find((tag) => categoryKeys.has(taxonomyKey(tag)));
  if (asCategory !== undefined)
    return checkResult(TAG_DUPLICATES, 'warn', `Tag "${asCategory}" is also a category: drop the tag or make it more specific.`);
  return checkResult(TAG_DUPLICATES, 'pass', tags.length === 0 ? 'No tags to compare.' : 'No tag repeats another tag or a category.');
}

function findRepeat(names: string[]): string | undefined {
  const seen = new Set<string>();
  for (const name of names) {
    const key = taxonomyKey(name);
    if (seen.has(key)) return name;
    seen.add(key);
  }
  return undefined;
}

// Case, spacing and `&` vs `and` do not make two names different (as lib/post-format matches categories).
function taxonomyKey(name: string): string {
  return name.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
}
