// Tables a hand-written migration manages and Prisma's schema cannot describe: the SQLite full-text index of the
// drafts (an FTS5 virtual table and the shadow tables SQLite keeps for it, see the draft_search migration).
// Prisma's diff must leave them alone: read by scripts/schema-engine.mjs and prisma.config.ts.
export const EXTERNAL_TABLES = [
  'DraftSearch',
  'DraftSearch_config',
  'DraftSearch_content',
  'DraftSearch_data',
  'DraftSearch_docsize',
  'DraftSearch_idx',
];
