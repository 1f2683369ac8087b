/**
 * SEO checks over a draft, shared by the editor's live panel and the drafts list: `scoreDraft` scans the Markdown
 * body once (own linear scanner, no remark, so it can run on every keystroke) and returns each check with a
 * pass/warn/fail and a one-line message, the 0–100 score and the body's stats. Without focus keywords the keyword
 * checks are left out; images are neither links nor words; code blocks are not prose.
 */
export { CHECK_WEIGHTS, type CheckId } from './score';
export { scoreDraft } from './score-draft';
export type { CheckGroup, CheckStatus, SeoCheck, SeoInput, SeoReport, SeoStats } from './types';
export { WORD_TARGETS } from './word-targets';
