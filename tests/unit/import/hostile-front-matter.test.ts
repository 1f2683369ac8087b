import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '@/lib/import';

function problemOf(text: string): string {
  const parsed = parseMarkdownFile('hostile.md', text);
  if (parsed.ok) throw new Error(`expected a problem, got a draft titled ${parsed.draft.title}`);
  return parsed.problem.message;
}

function titleOf(text: string): string {
  const parsed = parseMarkdownFile('post.md', text);
  if (!parsed.ok) throw new Error(`expected a draft, got: ${parsed.problem.message}`);
  return parsed.draft.title;
}

const keys = (count: number) => Array.from({ length: count }, (_, index) => `k${index}: v`).join('\n');
const withFrontMatter = (yaml: string) => `---\n${yaml}\n---\nBody\n`;

// Most of these once held the server for seconds to minutes (60,000 keys: 68 s); finishing within the test timeout is
// part of the check.
describe('parseMarkdownFile against hostile front matter', () => {
  it('refuses 60,000 keys with a message naming the limit', () => {
    expect(problemOf(withFrontMatter(keys(60_000)))).toBe(
      'Not imported: its front matter holds more than 1,000 fields and list items. Fix the lines between the two --- lines and upload it again.',
    );
  });

  it('reads 1,000 keys, the most it allows', () => {
    expect(titleOf(withFrontMatter(`title: Many\n${keys(999)}`))).toBe('Many');
  });

  it('still refuses a key given twice, in nested and flow mappings too', () => {
    expect(problemOf(withFrontMatter('title: T\nparams:\n  a: 1\n  a: 2'))).toMatch(
      /^Not imported: its front matter is not valid YAML \(Map keys must be unique on line 5\)\. Fix the lines/,
    );
    expect(problemOf(withFrontMatter('params: {a: 1, b: 2, a: 3}'))).toMatch(/Map keys must be unique on line 2/);
  });

  it('refuses nesting deeper than 32 levels before composing it', () => {
    const message =
      'Not imported: its front matter nests lists and mappings more than 32 levels deep. Fix the lines between the two --- lines and upload it again.';
    expect(problemOf(withFrontMatter(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toBe(message);
    expect(problemOf(withFrontMatter(`${'- '.repeat(100_000)}x`))).toBe(message);
    expect(titleOf(withFrontMatter(`title: Deep\na: ${'['.repeat(31)}x${']'.repeat(31)}`))).toBe('Deep');
  });

  it('refuses a second YAML document inside the front matter', () => {
    expect(problemOf(withFrontMatter('title: A\n--- title: B'))).toMatch(/not valid YAML \(a second document starts on line 3\)/);
  });

  it('refuses a tag or category list far longer than a draft keeps, written either way', () => {
    const names = Array.from({ length: 100_000 }, (_, index) => `name${index}`);
    expect(problemOf(withFrontMatter(`categories: "${names.join(',')}"`))).toBe(
      'Not imported: in its front matter, `categories` lists more than 100 names. Fix that field and upload it again.',
    );
    expect(problemOf(withFrontMatter(`tags: [${names.slice(0, 101).join(', ')}]`))).toMatch(/`tags` lists more than 100 names/);
  });

  it('reads a heading line of 300,000 spaces without backtracking over them', () => {
    expect(titleOf(`# a${' '.repeat(300_000)}x\n\nBody\n`)).toBe(`a${' '.repeat(300_000)}x`);
    expect(titleOf(`# Closed ${' '.repeat(300_000)}##\n`)).toBe('Closed');
    expect(titleOf('# Title#\n')).toBe('Title#');
  });
});
