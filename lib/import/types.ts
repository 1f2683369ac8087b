/** A draft read from an uploaded Markdown file, ready to be stored. */
export type ImportedDraft = {
  title: string;
  metaDescription: string;
  slug: string;
  tags: string[];
  categories: string[];
  /** Category names that are not on the fixed list, kept so the person can see what was dropped. */
  unknownCategories: string[];
  content: string;
  status: 'draft' | 'review' | 'approved';
  createdAt: string | null;
  topic: string;
  /** A label for the file it came from (base name only), never a path to act on. */
  sourceName: string;
};

/** A file that could not be imported or was skipped: which one, what went wrong and what to do. */
export type ImportProblem = { sourceName: string; message: string };

export type ImportResult = { drafts: ImportedDraft[]; problems: ImportProblem[] };

export type ParsedMarkdown = { ok: true; draft: ImportedDraft } | { ok: false; problem: ImportProblem };
