const MAX_SLUG_LENGTH = 80;

/** A URL slug from a title: lowercase ASCII words joined by dashes (accents folded, the rest dropped). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'post';
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
}

/**
 * A slug as a person types it: lowercase, accents folded, anything else a single dash. A trailing dash stays so the
 * next word can follow it; `slugify` tidies it when the person leaves the field.
 */
export function slugAsTyped(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '');
}

/**
 * Whether a slug is still one the app made, from the title or the topic (with a `-2`-style suffix when taken, never a
 * year like `-2026`, which a person typed): such
 * a slug follows the title as it changes, for every draft alike, until the person types one of their own.
 */
export function slugFollowsTitle({ slug, title, topic }: { slug: string; title: string; topic: string }): boolean {
  return [title, topic].some((source) => {
    const made = slugify(source);
    return slug === made || (slug.startsWith(`${made}-`) && /^\d{1,2}$/.test(slug.slice(made.length + 1)));
  });
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` refuses. */
export async function firstFreeSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
