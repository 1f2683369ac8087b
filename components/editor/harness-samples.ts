export const SAMPLE_MARKDOWN = `# Choosing a Python web framework

Django and Flask solve **different** problems: one ships *everything*, the other almost nothing.

## When Django fits

- An admin site out of the box
- An ORM with migrations
- [The docs](https://docs.djangoproject.com/) are excellent

> Pick the framework your team can maintain.

\`\`\`python
print("hello")
\`\`\`
`;

export const OUTSIDE_MARKDOWN = `# Restored revision

This text replaced the document from outside the editor.
`;

/** About 10,000 words, to check that typing stays responsive in a long post. */
export function longMarkdown(): string {
  const sections = Array.from({ length: 100 }, (_, index) =>
    [
      `## Section ${index + 1}`,
      '',
      `Paragraph ${index + 1} explains the topic in depth with examples a reader can follow, numbers to compare and a clear next step. `.repeat(
        5,
      ),
      '',
      `- point ${index + 1}a with a [link](https://example.com/${index + 1})`,
      `- point ${index + 1}b`,
      '',
    ].join('\n'),
  );
  return ['# A very long post', '', ...sections].join('\n');
}

export const TAG_SUGGESTIONS = [
  'python',
  'django',
  'flask',
  'fastapi',
  'web development',
  'web frameworks',
  'backend',
  'rest api',
  'orm',
  'async',
  'deployment',
  'testing',
];

const unchanged = Array.from({ length: 12 }, (_, index) => `Unchanged line ${index + 1} of the introduction.`);

export const DIFF_BEFORE = [
  '# Choosing a Python web framework',
  '',
  ...unchanged,
  'Flask is a micro framework with a small core.',
  'This sentence was removed entirely.',
  ...unchanged.slice(0, 8),
  'The end.',
].join('\n');

export const DIFF_AFTER = [
  '# Choosing a Python web framework in 2026',
  '',
  ...unchanged,
  'Flask is a lightweight micro framework with a small, stable core.',
  ...unchanged.slice(0, 8),
  'The end.',
  'A brand new closing line.',
].join('\n');
