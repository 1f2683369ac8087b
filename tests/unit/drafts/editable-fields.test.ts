import { describe, expect, it } from 'vitest';
import { fieldProblems, mergeEdits } from '@/lib/drafts/editable-fields';
import { slugAsTyped, slugFollowsTitle, slugify } from '@/lib/drafts/slug';

const fields = { title: 'Title', metaDescription: 'Meta.', slug: 'title', tags: [], categories: [], content: 'Body.' };

describe('a slug as it is typed', () => {
  it.each([
    ['Django VS flask!! 2026', 'django-vs-flask-2026'],
    ['Crème brûlée', 'creme-brulee'],
    ['  --lead', 'lead'],
    ['my-', 'my-'],
    ['my post ', 'my-post-'],
  ])('turns %j into %j', (typed, slug) => {
    expect(slugAsTyped(typed)).toBe(slug);
  });

  it('becomes a valid slug once the trailing dash is tidied away', () => {
    expect(slugify(slugAsTyped('my post '))).toBe('my-post');
    expect(fieldProblems({ ...fields, slug: slugify(slugAsTyped('Django VS flask!! 2026')) })).toEqual({});
  });
});

describe('the one rule for a slug that follows the title', () => {
  it.each([
    [{ slug: 'my-title', title: 'My title', topic: 'Anything' }, true],
    [{ slug: 'my-topic', title: 'A new title', topic: 'My topic' }, true],
    [{ slug: 'my-title-2', title: 'My title', topic: 'Anything' }, true],
    [{ slug: 'my-title-2026', title: 'My title', topic: 'Anything' }, false],
    [{ slug: 'hand-picked', title: 'My title', topic: 'My topic' }, false],
  ])('%j follows the title: %s', (draft, follows) => {
    expect(slugFollowsTitle(draft)).toBe(follows);
  });
});

describe('fields autosave holds back', () => {
  it('names each field the server would refuse, with what to do, and nothing else', () => {
    const problems = fieldProblems({ ...fields, title: 'x'.repeat(301), slug: '' });
    expect(Object.keys(problems).sort()).toEqual(['slug', 'title']);
    expect(problems.title).toContain('up to 300 characters');
    expect(problems.slug).toContain('at least one letter or digit');
    expect(fieldProblems({ ...fields, title: 'x'.repeat(300) })).toEqual({});
  });
});

describe("merging a tab's edits with a newer saved version", () => {
  const base = { ...fields, tags: ['a'] };

  it("takes each side's fields when they changed different ones", () => {
    const merged = mergeEdits({ base, mine: { ...base, title: 'Mine' }, theirs: { ...base, metaDescription: 'Theirs.' } });
    expect(merged).toEqual({ fields: { ...base, title: 'Mine', metaDescription: 'Theirs.' }, conflicts: [] });
  });

  it('asks only about a field both changed to different values, holding mine for it meanwhile', () => {
    const merged = mergeEdits({
      base,
      mine: { ...base, title: 'Mine', tags: ['a', 'b'] },
      theirs: { ...base, title: 'Theirs', tags: ['a', 'b'], content: 'Theirs.' },
    });
    expect(merged.conflicts).toEqual(['title']);
    expect(merged.fields).toEqual({ ...base, title: 'Mine', tags: ['a', 'b'], content: 'Theirs.' });
  });
});
