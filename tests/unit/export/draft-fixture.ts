import { parse } from 'yaml';
import type { Draft } from '@/lib/drafts/draft';

export function makeDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'draft-1',
    topic: 'Python web frameworks',
    keywords: 'django, flask',
    tone: 'friendly',
    audience: 'developers',
    length: 'standard',
    language: '',
    outline: '',
    status: 'draft',
    title: 'Django vs Flask',
    metaDescription: 'Which Python framework fits your next project.',
    slug: 'django-vs-flask',
    tags: ['python', 'web'],
    categories: ['Software Development', 'Product Comparisons'],
    content: '## Intro\n\nBody text.\n',
    raw: 'TITLE: Django vs Flask\n...',
    warnings: [],
    error: null,
    interruption: null,
    version: 3,
    wordCount: 4,
    seoScore: 0,
    approvedAt: null,
    createdById: null,
    approvedById: null,
    generation: {
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      inputTokens: 100,
      outputTokens: 5000,
      stopReasons: ['end_turn'],
      rounds: 1,
      tokensEstimated: false,
      durationMs: 60_000,
      generatedAt: '2024-05-01T10:05:00.000Z',
    },
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-02T08:30:00.000Z',
    ...overrides,
  };
}

/** Splits a file the way static-site generators do: front matter ends at the first `---` line. */
export function splitFrontMatter(content: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?\n)?---\n/.exec(content);
  if (!match) throw new Error(`no front matter in:\n${content}`);
  return { yaml: match[1] ?? '', body: content.slice(match[0].length) };
}

/** The front matter as a YAML 1.2 parser (the `yaml` default) reads it: timestamps stay strings. */
export function readFrontMatter(content: string): Record<string, unknown> {
  const value: unknown = parse(splitFrontMatter(content).yaml);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('front matter is not a map');
  return value as Record<string, unknown>;
}

/** The front matter as a YAML 1.1 parser (Jekyll's Psych, older Go YAML) reads it: timestamps become Dates. */
export function readFrontMatterAsYaml11(content: string): Record<string, unknown> {
  const value: unknown = parse(splitFrontMatter(content).yaml, { version: '1.1' });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('front matter is not a map');
  return value as Record<string, unknown>;
}
