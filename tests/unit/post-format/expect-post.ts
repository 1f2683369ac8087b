import { expect } from 'vitest';
import type { Category, ParsedPost } from '@/lib/post-format';

export type ExpectedPost = {
  title: string;
  metaDescription: string;
  tags: string[];
  categories: Category[];
  body: string | { start: string; end: string };
  /** One substring per warning, in any order. */
  warnings: string[];
  ended: boolean;
};

export function expectPost(post: ParsedPost, expected: ExpectedPost): void {
  expect(post.title).toBe(expected.title);
  expect(post.metaDescription).toBe(expected.metaDescription);
  expect(post.tags).toEqual(expected.tags);
  expect(post.categories).toEqual(expected.categories);
  if (typeof expected.body === 'string') {
    expect(post.body).toBe(expected.body);
  } else {
    expect(post.body.startsWith(expected.body.start), `body starts with ${JSON.stringify(post.body.slice(0, 80))}`).toBe(true);
    expect(post.body.endsWith(expected.body.end), `body ends with ${JSON.stringify(post.body.slice(-80))}`).toBe(true);
  }
  expect(post.body).not.toMatch(/endoftext/i);
  expect(post.warnings, JSON.stringify(post.warnings)).toHaveLength(expected.warnings.length);
  for (const warning of expected.warnings) {
    expect(
      post.warnings.some((actual) => actual.includes(warning)),
      `a warning containing ${JSON.stringify(warning)} in ${JSON.stringify(post.warnings)}`,
    ).toBe(true);
  }
  expect(post.ended).toBe(expected.ended);
}
