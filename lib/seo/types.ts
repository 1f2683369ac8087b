/**
 * What the checks read: the draft's fields as stored (`Draft` satisfies it). `content` is the Markdown body
 * without the H1 title. `keywords` is comma-separated; when it holds no keyword, the keyword checks are left
 * out of the report (not failed), so a draft generated without keywords can still score 100.
 */
export type SeoInput = {
  title: string;
  metaDescription: string;
  slug: string;
  content: string;
  tags: string[];
  categories: string[];
  keywords: string;
  length: 'short' | 'standard' | 'long';
  /** The category list the draft's categories should come from; the fixed 60 when absent. */
  categoryList?: readonly string[];
};

export type CheckStatus = 'pass' | 'warn' | 'fail';

export type CheckGroup = 'title-meta' | 'keywords' | 'structure' | 'length' | 'readability' | 'links' | 'taxonomy' | 'duplicates';

export type SeoCheck = {
  /** Stable kebab-case id, e.g. `title-length`: safe to key UI state and stored results on. */
  id: string;
  group: CheckGroup;
  label: string;
  status: CheckStatus;
  /** One line: what to fix, or why it passes. */
  message: string;
};

export type SeoStats = {
  words: number;
  readingMinutes: number;
  fleschReadingEase: number;
  averageSentenceLength: number;
  links: number;
};

export type SeoReport = {
  /** 0–100 integer; 100 only when every check passes. */
  score: number;
  checks: SeoCheck[];
  stats: SeoStats;
};
