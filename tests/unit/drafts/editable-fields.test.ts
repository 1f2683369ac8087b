import { describe, expect, it } from 'vitest';
import { EDITABLE_FIELD_NAMES, fieldProblems, mergeEdits } from '@/lib/drafts/editable-fields';
import { UpdateDraftInput } from '@/lib/drafts/schemas';
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

  it.each([
    ['a title at and over its limit', { title: 'x'.repeat(300) }, { title: 'x'.repeat(301) }],
    ['a meta description at and over its limit', { metaDescription: 'm'.repeat(500) }, { metaDescription: 'm'.repeat(501) }],
    ['a slug: valid, empty', { slug: 'a-b-1' }, { slug: '' }],
    ['a slug: long, with a trailing dash', { slug: 'a'.repeat(120) }, { slug: 'my-' }],
    ['a slug over its limit', { slug: 'a'.repeat(120) }, { slug: 'a'.repeat(121) }],
    [
      'tags: thirty, thirty-one',
      { tags: Array.from({ length: 30 }, (_, i) => `t${i}`) },
      { tags: Array.from({ length: 31 }, (_, i) => `t${i}`) },
    ],
    ['a tag: sixty characters, blank', { tags: ['x'.repeat(60)] }, { tags: ['  '] }],
    ['a body at and over its limit', { content: 'b'.repeat(2_000_000) }, { content: 'b'.repeat(2_000_001) }],
  ])('agrees with the API schema on %s', (_name, accepted, refused) => {
    for (const [change, ok] of [
      [accepted, true],
      [refused, false],
    ] as const) {
      const candidate = { ...fields, ...change };
      const byApi = UpdateDraftInput.safeParse({ version: 1, ...candidate });
      expect(byApi.success).toBe(ok);
      expect(Object.keys(fieldProblems(candidate)).length === 0).toBe(ok);
      if (!byApi.success) {
        const name = EDITABLE_FIELD_NAMES.find((field) => field in change);
        expect(fieldProblems(candidate)[name ?? 'title']).toBe(byApi.error.issues[0]?.message);
      }
    }
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
